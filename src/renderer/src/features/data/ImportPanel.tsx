import { useState, type DragEvent } from 'react'
import { errorText } from '../../i18n/errorText'
import { useTranslation } from 'react-i18next'
import type { IcsEventEdit, IcsImportResult } from '../../../../shared/model/exchange'
import { call } from '../../api/client'
import { readAsBase64 } from '../../api/files'
import { useSchedule } from '../../app/ScheduleContext'
import { FileButton } from '../../ui/FileButton'
import { editOf, valuesOf, type EditableValues } from './ImportItemEditor'
import { ImportPreview } from './ImportPreview'
import { useToast } from '../../ui/Toast'

type Source = { text: string } | { base64: string }

/** .ics import: from a file (picker or drop) or pasted text; a preview first, then one click to import. */
export function ImportPanel() {
  const { t } = useTranslation()
  const toast = useToast()
  const { refresh } = useSchedule()
  const [pasted, setPasted] = useState('')
  const [source, setSource] = useState<Source>()
  const [preview, setPreview] = useState<IcsImportResult>()
  const [progress, setProgress] = useState<{ label: string; fraction?: number }>()
  const [dragging, setDragging] = useState(false)
  const [acceptSeries, setAcceptSeries] = useState(false)
  const [edited, setEdited] = useState<Record<string, EditableValues>>({})

  async function check(next: Source, accept = false) {
    setSource(next)
    setAcceptSeries(accept)
    setPreview(undefined)
    setEdited({})
    setProgress({ label: t('data.checking') })
    const result = await call('ics/import', { ...next, preview: true, acceptSeries: accept })
    setProgress(undefined)
    if (!result.ok) return toast(errorText(result.error), 'error')
    setPreview(result.value)
  }

  async function fromFile(file: File | undefined) {
    if (!file) return
    setProgress({ label: t('data.reading'), fraction: 0 })
    const base64 = await readAsBase64(file, (fraction) => setProgress({ label: t('data.reading'), fraction }))
    await check({ base64 })
  }

  async function commit() {
    if (!source) return
    setProgress({ label: t('data.checking') })
    const edits = editsOf(preview, edited)
    const result = await call('ics/import', { ...source, acceptSeries, ...(edits ? { edits } : {}) })
    setProgress(undefined)
    // A refused edit refuses the whole import: the preview and the edits stay for the user to fix.
    if (!result.ok) return toast(errorText(result.error), 'error')
    const { imported, updated, skipped } = result.value
    toast(t('data.imported', { imported, updated, skipped: skipped.length }))
    setPreview(undefined)
    setSource(undefined)
    setEdited({})
    setPasted('')
    refresh()
  }

  const onDrop = (event: DragEvent) => {
    event.preventDefault()
    setDragging(false)
    void fromFile(event.dataTransfer.files[0])
  }

  return (
    <section
      className={dragging ? 'panel dropzone dragging' : 'panel dropzone'}
      aria-labelledby="import-title"
      onDragOver={(event) => {
        event.preventDefault()
        setDragging(true)
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <h2 id="import-title">{t('data.importTitle')}</h2>
      <p className="hint">{t('data.importHint')}</p>
      <FileButton
        label={t('data.chooseFile')}
        accept=".ics,text/calendar"
        onFile={(file) => void fromFile(file)}
      />
      <label className="field">
        <span className="label">{t('data.paste')}</span>
        <textarea rows={4} value={pasted} onChange={(event) => setPasted(event.target.value)} />
      </label>
      <button type="button" disabled={!pasted.trim()} onClick={() => void check({ text: pasted })}>
        {t('data.previewButton')}
      </button>
      {progress && (
        <div className="progress" role="status">
          <span>{progress.label}</span>
          <progress max={1} {...(progress.fraction === undefined ? {} : { value: progress.fraction })} />
        </div>
      )}
      {preview && (
        <div className="import-preview">
          <h3>{t('data.previewTitle')}</h3>
          <p>
            {t('data.summary', {
              imported: preview.imported,
              updated: preview.updated,
              skipped: preview.skipped.length,
            })}
          </p>
          <ImportPreview
            preview={preview}
            edited={edited}
            onEdit={(key, values) => setEdited((current) => ({ ...current, [key]: values }))}
            acceptSeries={acceptSeries}
            onAcceptSeries={(accept) => source && void check(source, accept)}
          />
          <button
            type="button"
            className="primary"
            disabled={preview.imported + preview.updated === 0}
            onClick={() => void commit()}
          >
            {t('data.importButton')}
          </button>
        </div>
      )}
    </section>
  )
}

/** The edits to send: per event, only what differs from what the file says. */
function editsOf(
  preview: IcsImportResult | undefined,
  edited: Record<string, EditableValues>,
): Record<string, IcsEventEdit> | undefined {
  const edits: Record<string, IcsEventEdit> = {}
  for (const item of preview?.items ?? []) {
    const values = item.key === undefined ? undefined : edited[item.key]
    const edit = values && editOf(values, valuesOf(item))
    if (edit) edits[item.key!] = edit
  }
  return Object.keys(edits).length > 0 ? edits : undefined
}
