/**
 * What a person sees or hears on the page: the rendered text, the accessible names and hints
 * in attributes, the options of visible lists, and the window title, without raw data in
 * `<pre>`/`<code>`. Runs in the page.
 */
export function userVisibleText(): string {
  // Raw data shown as is (a webhook body, JSON, a curl line) is in no language: its wire values
  // ("confirmed", "paid") are not English prose.
  const raw = [...document.querySelectorAll<HTMLElement>('pre, code')].filter((element) => element.style.display !== 'none');
  for (const element of raw) element.style.display = 'none';
  const body = document.body.innerText;
  for (const element of raw) element.style.removeProperty('display');
  const parts: string[] = [document.title, body];
  for (const element of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
    if (!element.checkVisibility({ visibilityProperty: true })) continue;
    for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
      const value = element.getAttribute(name);
      if (value) parts.push(value);
    }
  }
  for (const select of document.querySelectorAll('select')) {
    if (select.checkVisibility()) parts.push(...Array.from(select.options, (option) => option.text));
  }
  return parts.join('\n');
}

/** Opens every closed <details> so its words are checked too; returns those it opened. */
export function openAllDetails(): number {
  let opened = 0;
  for (const details of document.querySelectorAll('details:not([open])')) {
    details.setAttribute('open', '');
    details.setAttribute('data-screens-opened', '');
    opened++;
  }
  return opened;
}

/** Closes again what openAllDetails opened, leaving the page as the cashier had it. */
export function closeOpenedDetails(): void {
  for (const details of document.querySelectorAll('details[data-screens-opened]')) {
    details.removeAttribute('open');
    details.removeAttribute('data-screens-opened');
  }
}
