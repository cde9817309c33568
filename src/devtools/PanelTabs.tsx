import { t } from '../shared/i18n';
import { TabList, type TabSpec } from '../ui/TabList';

export type PanelTab = 'verify' | 'events';

/** The panel's tabs (Events in sandbox mode only), with a roving tabindex. */
export function PanelTabs({ tab, onChange }: { tab: PanelTab; onChange: (tab: PanelTab) => void }) {
  const tabs: readonly TabSpec<PanelTab>[] = [
    { id: 'verify', label: t('panel_tab_verify') },
    { id: 'events', label: t('panel_tab_events') },
  ];
  return <TabList tabs={tabs} tab={tab} onChange={onChange} label={t('panel_tabs_label')} class="panel-tabs" roving />;
}
