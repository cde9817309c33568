/**
 * The line above the list saying how many orders it holds. The server's total is from the
 * last refresh; orders made or seen since are added to the list without it, and offline the
 * total cannot be known, so it never claims fewer orders than are shown ("7 of 5").
 */
export function ordersCountText(loaded: number, totalItems: number | null, offline: boolean, matching: number | null): string {
  if (matching !== null) return `${matching} of ${loaded} loaded orders match`;
  const noun = loaded === 1 ? 'order' : 'orders';
  if (offline) return `${loaded} ${noun} saved on this computer (offline: there may be more)`;
  if (totalItems === null || totalItems < loaded) return `${loaded} ${noun}`;
  return `${loaded} of ${totalItems} orders`;
}
