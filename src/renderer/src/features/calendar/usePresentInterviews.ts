import { useEffect, useMemo, useState } from 'react'
import type { Interview } from '../../../../shared/model/interview'
import { call } from '../../api/client'
import { isSample } from '../interviews/samples'

interface Present {
  /** The fetched interviews less those waiting to be deleted; undefined while loading. */
  present: Interview[] | undefined
  samples: Interview[]
  /** Nothing to show at all: the empty calendar with its first steps. */
  empty: boolean
}

/** The fetched period as the user sees it while deletes wait for their undo. */
export function usePresentInterviews(
  interviews: Interview[] | undefined,
  hasAny: boolean | undefined,
  hidden: ReadonlySet<string>,
): Present {
  const present = useMemo(
    () => interviews?.filter((interview) => !hidden.has(interview.id)),
    [interviews, hidden],
  )
  const samples = useMemo(() => present?.filter(isSample) ?? [], [present])
  // Everything fetched is waiting to be deleted: is anything else stored? Among the first hidden + 1 by
  // start, at least one is not hidden if so.
  const allHidden = present !== undefined && present.length === 0 && hidden.size > 0
  const [othersExist, setOthersExist] = useState<boolean>()
  useEffect(() => {
    if (!allHidden) return
    void call('interviews/list', { limit: hidden.size + 1 }).then((result) => {
      if (result.ok) setOthersExist(result.value.some((interview) => !hidden.has(interview.id)))
    })
  }, [allHidden, hidden])
  const empty = hasAny === false || (allHidden && othersExist === false)
  return { present, samples, empty }
}
