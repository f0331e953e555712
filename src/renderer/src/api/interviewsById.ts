import type { Interview } from '../../../shared/model/interview'
import { MAX_LISTED_IDS } from '../../../shared/model/limits'
import { call } from './client'

/**
 * The interviews a page names (by its alerts or tasks), fetched by id rather than the whole store; a long
 * list goes in several calls. Failed calls leave their interviews out.
 */
export async function interviewsById(ids: Iterable<string>): Promise<Map<string, Interview>> {
  const unique = [...new Set(ids)]
  const chunks: string[][] = []
  for (let i = 0; i < unique.length; i += MAX_LISTED_IDS) chunks.push(unique.slice(i, i + MAX_LISTED_IDS))
  const results = await Promise.all(chunks.map((chunk) => call('interviews/list', { ids: chunk })))
  return new Map(
    results
      .flatMap((result) => (result.ok ? result.value : []))
      .map((interview) => [interview.id, interview]),
  )
}
