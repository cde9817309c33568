import { t } from '../../shared/i18n';
import { TabList, type TabSpec } from '../../ui/TabList';

export type Tab = 'create' | 'orders';

/** The popup's two views; both tabs are also on the Tab order. */
export function Tabs({ tab, onChange }: { tab: Tab; onChange: (tab: Tab) => void }) {
  const tabs: readonly TabSpec<Tab>[] = [
    { id: 'create', label: t('create_title') },
    { id: 'orders', label: t('orders_title') },
  ];
  return <TabList tabs={tabs} tab={tab} onChange={onChange} label={t('popup_views')} class="tabs" />;
}
