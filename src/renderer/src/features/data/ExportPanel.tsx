import { useEffect, useId, useState } from 'react'
import { errorText } from '../../i18n/errorText'
import { useTranslation } from 'react-i18next'
import { call, requestLimit } from '../../api/client'
import { download } from '../../api/files'
import { useSchedule } from '../../app/ScheduleContext'
import { useZone } from '../../app/SettingsContext'
import { dayKey } from '../../../../shared/time'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { FileButton } from '../../ui/FileButton'
import { useToast } from '../../ui/Toast'

/** Everything out (calendar, spreadsheet, complete copy) and a complete copy back in. */
export function ExportPanel() {
  const { t, i18n } = useTranslation()
  const toast = useToast()
  const { refresh } = useSchedule()
  /** The JSON file chosen to bring back: its name and size, shown, and its text, sent. */
  const [chosen, setChosen] = useState<{ name: string; size: number; text: string }>()
  const [confirmReplace, setConfirmReplace] = useState(false)
  const exporting = useExportProgress()
  const progressId = useId()
  const zone = useZone()
  // Today in the user's zone: at 01.00 WIB the UTC date is still yesterday's.
  const stamp = () => dayKey(Date.now(), zone)

  async function save(kind: 'ics' | 'json' | 'csv' | 'csv-followups') {
    if (kind === 'ics') exporting.start()
    const result =
      kind === 'ics'
        ? await call('ics/export', {}).finally(exporting.stop)
        : await call(
            'data/export',
            kind === 'json'
              ? { format: 'json' }
              : { format: 'csv', table: kind === 'csv' ? 'interviews' : 'followups' },
          )
    if (!result.ok) return toast(errorText(result.error), 'error')
    const [name, type] =
      kind === 'ics'
        ? [`interviews-${stamp()}.ics`, 'text/calendar']
        : kind === 'json'
          ? [`interview-desk-${stamp()}.json`, 'application/json']
          : [`${kind === 'csv' ? 'interviews' : 'follow-ups'}-${stamp()}.csv`, 'text/csv']
    download(name, result.value.text, type)
  }

  /** A file over what one call may carry is refused at once, unread: sending it could only fail. */
  async function choose(file: File | undefined) {
    if (!file) return
    const limit = requestLimit()
    if (limit !== undefined && file.size > limit) {
      setChosen(undefined)
      return toast(errorText({ code: 'TOO_LARGE' }), 'error')
    }
    const text = await file.text()
    setChosen({ name: file.name, size: file.size, text })
  }

  async function restore(mode: 'merge' | 'replace') {
    setConfirmReplace(false)
    if (!chosen) return
    // For a replace, the app backs up the current data itself and replaces nothing if that fails.
    const result = await call('data/import', { text: chosen.text, mode })
    if (!result.ok) {
      const reason = errorText(result.error)
      return toast(mode === 'replace' ? t('data.nothingReplaced', { reason }) : reason, 'error')
    }
    const { added, updated } = result.value.interviews
    toast(
      result.value.backup
        ? t('data.replacedWithBackup', { added: added + updated })
        : t('data.restored', { added, updated }),
    )
    setChosen(undefined)
    refresh()
  }

  return (
    <>
      <section className="panel" aria-labelledby="export-title">
        <h2 id="export-title">{t('data.exportTitle')}</h2>
        <p className="hint">{t('data.exportHint')}</p>
        <div className="actions start">
          <button type="button" disabled={exporting.running} onClick={() => void save('ics')}>
            {t('data.exportIcs')}
          </button>
          <button type="button" onClick={() => void save('json')}>
            {t('data.exportJson')}
          </button>
          <button type="button" onClick={() => void save('csv')}>
            {t('data.exportCsv')}
          </button>
          <button type="button" onClick={() => void save('csv-followups')}>
            {t('data.exportCsvFollowUps')}
          </button>
        </div>
        {exporting.running && (
          // Until the app has said how many interviews it writes, the bar (without a value) only says that it is
          // working.
          <div className="progress" role="status">
            <span id={progressId}>
              {exporting.counted
                ? t('data.exportingIcs', {
                    done: exporting.done.toLocaleString(i18n.language),
                    total: exporting.total.toLocaleString(i18n.language),
                  })
                : t('data.exportingIcsStart')}
            </span>
            <progress
              aria-labelledby={progressId}
              max={exporting.counted ? exporting.total : undefined}
              value={exporting.counted ? exporting.done : undefined}
            />
          </div>
        )}
      </section>
      <section className="panel" aria-labelledby="restore-title">
        <h2 id="restore-title">{t('data.restoreTitle')}</h2>
        <p className="hint">{t('data.restoreHint')}</p>
        <FileButton
          label={t('data.chooseJson')}
          accept=".json,application/json"
          onFile={(file) => void choose(file)}
        />
        {chosen && (
          <p className="hint">
            {t('data.chosenFile', { name: chosen.name, size: fileSize(chosen.size, i18n.language) })}
          </p>
        )}
        <div className="actions start">
          <button type="button" disabled={!chosen} onClick={() => void restore('merge')}>
            {t('data.merge')}
          </button>
          <button type="button" className="danger" disabled={!chosen} onClick={() => setConfirmReplace(true)}>
            {t('data.replace')}
          </button>
        </div>
        {confirmReplace && (
          <ConfirmDialog
            title={t('data.replaceTitle')}
            text={t('data.replaceText')}
            confirmLabel={t('data.replace')}
            danger
            onCancel={() => setConfirmReplace(false)}
            onConfirm={() => void restore('replace')}
          />
        )}
      </section>
    </>
  )
}

/** While a calendar export runs, asks the app how far it is (a large one takes a moment). */
function useExportProgress() {
  const [running, setRunning] = useState(false)
  const [progress, setProgress] = useState({ done: 0, total: 0 })
  useEffect(() => {
    if (!running) return
    const ask = () =>
      void call('ics/exportProgress', {}).then((result) => {
        if (!result.ok || !result.value.running) return
        setProgress({ done: result.value.done, total: result.value.total })
      })
    ask()
    const timer = window.setInterval(ask, 200)
    return () => window.clearInterval(timer)
  }, [running])
  return {
    running,
    ...progress,
    /** Whether the app has said how many it writes. */
    counted: progress.total > 0,
    start: () => {
      setProgress({ done: 0, total: 0 })
      setRunning(true)
    },
    stop: () => setRunning(false),
  }
}

/** "24 KB", "1,2 MB": a file's size as the language writes numbers. */
function fileSize(bytes: number, language: string): string {
  const number = (value: number) => value.toLocaleString(language, { maximumFractionDigits: 1 })
  return bytes < 1024 * 1024
    ? `${number(Math.max(1, Math.round(bytes / 1024)))} KB`
    : `${number(bytes / 1024 / 1024)} MB`
}
