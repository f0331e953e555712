/**
 * Alerts after a change, patched instead of reloaded. Every alert depends only on the interviews it names
 * (a clash on its pair, a busy day on that day's interviews, notice on the clashes of its interview), so a
 * change to an interview can alter only the alerts that name it or its neighbours, before or after.
 *
 * 1. The caller takes the interviews `touched` by the change: the changed ones and every interview named
 *    with them in the alerts it holds (the old neighbours: an old clash partner, the old day's interviews).
 * 2. `alerts/list { ids: touched }` gives the new alerts that name an interview `covered` by the patch:
 *    the touched ones and those named with them in the new alerts (the new neighbours).
 * 3. The caller drops the alerts it holds that name a covered interview and adds those given.
 */

interface Naming {
  interviewIds: readonly string[]
}

const names = (alert: Naming, ids: ReadonlySet<string>) => alert.interviewIds.some((id) => ids.has(id))

/** The most interviews one patch may name; past it the caller reloads everything instead. */
export const MAX_PATCH_IDS = 500

/** The changed interviews and those named with them in the alerts held before the change. */
export function touchedBy(held: readonly Naming[], changed: readonly string[]): string[] {
  const touched = new Set(changed)
  const changedIds = new Set(changed)
  for (const alert of held) {
    if (names(alert, changedIds)) for (const id of alert.interviewIds) touched.add(id)
  }
  return [...touched]
}

/** The touched interviews and those named with them in the new alerts. */
export function coveredBy(alerts: readonly Naming[], touched: readonly string[]): Set<string> {
  const touchedIds = new Set(touched)
  const covered = new Set(touched)
  for (const alert of alerts) {
    if (names(alert, touchedIds)) for (const id of alert.interviewIds) covered.add(id)
  }
  return covered
}

/** The alerts a patch for `touched` carries: every one that names a covered interview. */
export function alertsForPatch<T extends Naming>(alerts: readonly T[], touched: readonly string[]): T[] {
  const covered = coveredBy(alerts, touched)
  return alerts.filter((alert) => names(alert, covered))
}

/**
 * The held alerts with the patch applied, in the given order (`sort`). The covered interviews are worked
 * out from the patch itself, as the server did.
 */
export function applyPatch<T extends Naming>(
  held: readonly T[],
  touched: readonly string[],
  patch: readonly T[],
  sort: (alerts: T[]) => T[],
): T[] {
  const covered = coveredBy(patch, touched)
  return sort([...held.filter((alert) => !names(alert, covered)), ...patch])
}
