import { plural, t } from '../../shared/i18n';
import { formatText, type LocalText } from '../../shared/local-text';
import type { HealthRecord } from '../platform/health';

const RED = '#b91c1c';
const AMBER = '#b45309';

/** What the toolbar button shows: "!" when WebPOS fails, else the pending count (empty at 0). */
export function badgeFor(health: HealthRecord, pendingCount: number): { text: string; color: string; title: string } {
  if (health.state === 'unreachable') {
    return { text: '!', color: RED, title: withDetail(t('badge_unreachable'), health.message) };
  }
  if (health.state === 'unauthorized') {
    return { text: '!', color: RED, title: withDetail(t('badge_unauthorized'), health.message) };
  }
  if (pendingCount === 0) return { text: '', color: AMBER, title: t('ext_action_title') };
  return { text: String(pendingCount), color: AMBER, title: plural('badge_pending', pendingCount) };
}

function withDetail(title: string, detail: LocalText | null): string {
  return detail ? `${title} ${formatText(detail)}` : title;
}

/** The parts of the `action` API the badge uses. */
export interface BadgeAction {
  setBadgeText(details: { text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string }): Promise<void>;
  setTitle(details: { title: string }): Promise<void>;
}

export async function showBadge(action: BadgeAction, health: HealthRecord, pendingCount: number): Promise<void> {
  const badge = badgeFor(health, pendingCount);
  await Promise.all([
    action.setBadgeText({ text: badge.text }),
    action.setBadgeBackgroundColor({ color: badge.color }),
    action.setTitle({ title: badge.title }),
  ]);
}
