/** The Orders tab's count line once every cached order has reached the popup, as the English UI writes it ("1,000 of 1,000 orders"). */
const english = new Intl.NumberFormat('en');

export function allOrdersShown(loaded: number, total = loaded): string {
  return `${english.format(loaded)} of ${english.format(total)} orders`;
}
