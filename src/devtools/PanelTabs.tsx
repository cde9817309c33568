import { TabList, type TabSpec } from '../ui/TabList';

export type PanelTab = 'verify' | 'events';
const TABS: readonly TabSpec<PanelTab>[] = [
  { id: 'verify', label: 'Verify & sign' },
  { id: 'events', label: 'Events' },
];

/** The panel's tabs (Events in sandbox mode only), with a roving tabindex. */
export function PanelTabs({ tab, onChange }: { tab: PanelTab; onChange: (tab: PanelTab) => void }) {
  return <TabList tabs={TABS} tab={tab} onChange={onChange} label="Panel sections" class="panel-tabs" roving />;
}
