import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'

/** What FollowUpItem needs to correct an entry the user wrote by hand, or to delete it. */
export interface OwnEntryActions {
  /** Saves a corrected note; gives the error's text if it was refused. */
  onEdit?: ((note: string) => Promise<string | undefined>) | undefined
  /** Removes the entry (named in the toast that can bring it back). */
  onDelete?: ((name: string) => Promise<void>) | undefined
}

/** Edit and Delete beside an entry; while editing, its note in a field with Save and Cancel. */
export function useOwnEntryEdit(actions: OwnEntryActions, note: string | undefined, name: string) {
  const { t } = useTranslation()
  const { onEdit, onDelete } = actions
  /** The note being corrected, and why the last try was refused. */
  const [editing, setEditing] = useState<{ note: string; error?: string }>()
  const editButton = useRef<HTMLButtonElement>(null)
  const deleteButton = useRef<HTMLButtonElement>(null)
  const field = useRef<HTMLInputElement>(null)
  // Back on Edit once the field closes (saved, cancelled or Escape), where the keyboard user was.
  const wasEditing = useRef(false)
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus()
    wasEditing.current = Boolean(editing)
  }, [editing])

  async function save(event: FormEvent) {
    event.preventDefault()
    if (!editing || !onEdit) return
    const error = await onEdit(editing.note)
    setEditing(error ? { ...editing, error } : undefined)
    // A refused note: back in its field, where it is corrected.
    if (error) field.current?.focus()
  }

  /** Escape closes the field only, not the panel or dialog around it. */
  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape') return
    event.preventDefault()
    event.stopPropagation()
    setEditing(undefined)
  }

  /** The focus goes to the next entry's first button (or the one before), not to the page. */
  async function remove() {
    const item = deleteButton.current?.closest('li')
    const neighbour = item?.nextElementSibling ?? item?.previousElementSibling
    await onDelete?.(name)
    const target = neighbour?.querySelector<HTMLElement>('button, summary')
    if (target) return target.focus()
    const heading = item?.closest('section')?.querySelector<HTMLElement>('h1, h2, h3')
    heading?.setAttribute('tabindex', '-1')
    heading?.focus()
  }

  const buttons = (
    <>
      {onEdit && !editing && (
        <button
          ref={editButton}
          type="button"
          className="small"
          aria-label={`${t('followups.edit')} — ${name}`}
          onClick={() => setEditing({ note: note ?? '' })}
        >
          {t('followups.edit')}
        </button>
      )}
      {onDelete && (
        <button
          ref={deleteButton}
          type="button"
          className="small"
          aria-label={`${t('followups.delete')} — ${name}`}
          onClick={() => void remove()}
        >
          {t('followups.delete')}
        </button>
      )}
    </>
  )
  const form = editing && (
    <form className="followup-edit" onSubmit={(event) => void save(event)}>
      <label>
        {t('followups.note')}
        <input
          ref={field}
          value={editing.note}
          maxLength={5000}
          autoFocus
          aria-invalid={editing.error ? true : undefined}
          onKeyDown={onKeyDown}
          onChange={(e) => setEditing({ note: e.target.value })}
        />
      </label>
      <div className="followup-edit-actions">
        <button type="submit" className="small primary">
          {t('followups.saveEdit')}
        </button>
        <button type="button" className="small" onClick={() => setEditing(undefined)}>
          {t('followups.cancelEdit')}
        </button>
      </div>
      {editing.error && (
        <p role="alert" className="form-error">
          {editing.error}
        </p>
      )}
    </form>
  )
  return { buttons, form }
}
