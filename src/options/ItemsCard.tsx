import { useState } from 'preact/hooks';
import { formatFiat } from '../shared/format';
import { t } from '../shared/i18n';
import { ITEM_LIMITS, itemFromTyped, itemProblems, typedFromItem, type ItemField, type TypedItem } from '../shared/items';
import type { KeypadChoice } from '../shared/settings-schema';
import { decimalMark } from '../ui/decimal-mark';
import { describedBy, Field } from '../ui/Field';
import { hintFor } from './fields';
import type { SectionProps } from './form';

const BLANK: TypedItem = { name: '', price: '', emoji: '' };
const IDS: Record<ItemField, string> = { name: 'item-name', price: 'item-price', emoji: 'item-emoji' };

/** The touch counter: when the keypad shows, and the items a cashier taps (kept when the form is saved). */
export function ItemsCard(props: SectionProps) {
  const { form, errors, set, fixed } = props;
  const itemsFixed = fixed?.('items') ?? false;
  const [draft, setDraft] = useState<TypedItem>(BLANK);
  const [editing, setEditing] = useState<number | null>(null);
  const [problems, setProblems] = useState<Partial<Record<ItemField, string>>>({});
  const items = form.items;
  const full = editing === null && items.length >= ITEM_LIMITS.maxItems;

  const startEdit = (index: number) => {
    const item = items[index];
    if (!item) return;
    const typed = typedFromItem(item);
    setDraft({ ...typed, price: typed.price.replace('.', decimalMark()) });
    setEditing(index);
    setProblems({});
  };
  const done = () => (setDraft(BLANK), setEditing(null), setProblems({}));
  const keep = () => {
    const found = itemProblems(draft);
    setProblems(Object.fromEntries(found.map((p) => [p.field, t(p.key, ...p.params)])));
    const first = found[0];
    if (first) return document.getElementById(IDS[first.field])?.focus();
    const item = itemFromTyped(draft);
    set('items', editing === null ? [...items, item] : items.map((old, i) => (i === editing ? item : old)));
    done();
  };

  const input = (field: ItemField, label: string, extra: Record<string, string> = {}) => (
    <Field id={IDS[field]} label={label} error={problems[field]}>
      <input
        id={IDS[field]}
        value={draft[field]}
        onInput={(e) => setDraft((d) => ({ ...d, [field]: e.currentTarget.value }))}
        onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), keep())}
        aria-invalid={Boolean(problems[field])}
        aria-describedby={describedBy(IDS[field], problems[field])}
        autocomplete="off"
        {...extra}
      />
    </Field>
  );

  return (
    <section class="card items-card" aria-labelledby="items-heading">
      <h2 id="items-heading">{t('options_items_heading')}</h2>
      <Field id="keypad" label={t('options_keypad_label')} hint={hintFor(props, 'keypad', t('options_keypad_hint'))} error={errors.keypad}>
        <select id="keypad" value={form.keypad} disabled={fixed?.('keypad')} aria-describedby={describedBy('keypad', errors.keypad, true)} onChange={(e) => set('keypad', e.currentTarget.value as KeypadChoice)}>
          <option value="auto">{t('options_keypad_auto')}</option>
          <option value="on">{t('options_keypad_on')}</option>
          <option value="off">{t('options_keypad_off')}</option>
        </select>
      </Field>
      <p class="muted">{itemsFixed ? t('policy_set_by_organisation') : t('options_items_intro', ITEM_LIMITS.maxItems)}</p>
      {items.length ? (
        <ul class="items-list" aria-label={t('options_items_list')}>
          {items.map((item, index) => (
            <li key={`${index}-${item.name}`}>
              <span class="items-list-name">
                {item.emoji ? `${item.emoji} ` : ''}
                {item.name}
              </span>
              <span class="items-list-price">{formatFiat(item.price)}</span>
              {itemsFixed ? null : (
                <>
                  <button type="button" aria-label={t('options_items_edit_named', item.name)} onClick={() => startEdit(index)}>
                    {t('options_items_edit')}
                  </button>
                  <button type="button" class="danger" aria-label={t('options_items_remove_named', item.name)} onClick={() => (set('items', items.filter((_, i) => i !== index)), done())}>
                    {t('options_items_remove')}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('options_items_empty')}</p>
      )}
      {errors.items ? <div class="field-error">{errors.items}</div> : null}
      {itemsFixed ? null : full ? (
        <p class="muted">{t('options_items_full', ITEM_LIMITS.maxItems)}</p>
      ) : (
        <div class="items-editor">
          {input('name', t('options_items_name'), { maxLength: String(ITEM_LIMITS.nameMax + 8) })}
          {input('price', t('options_items_price'), { inputMode: 'decimal' })}
          {input('emoji', t('options_items_emoji'))}
          <div class="items-actions">
            <button type="button" onClick={keep}>
              {editing === null ? t('options_items_add') : t('options_items_update')}
            </button>
            {editing !== null ? (
              <button type="button" onClick={done}>
                {t('options_items_cancel_edit')}
              </button>
            ) : null}
          </div>
        </div>
      )}
    </section>
  );
}
