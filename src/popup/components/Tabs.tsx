import { TabList, type TabSpec } from '../../ui/TabList';

export type Tab = 'create' | 'orders';
const TABS: readonly TabSpec<Tab>[] = [
  { id: 'create', label: 'New order' },
  { id: 'orders', label: 'Orders' },
];

/** The popup's two views; both tabs are also on the Tab order. */
export function Tabs({ tab, onChange }: { tab: Tab; onChange: (tab: Tab) => void }) {
  return <TabList tabs={TABS} tab={tab} onChange={onChange} label="Views" class="tabs" />;
}
