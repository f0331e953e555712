import { useId, type ReactElement, cloneElement } from 'react'

interface FieldProps {
  label: string
  error?: string | undefined
  hint?: string | undefined
  className?: string
  /** Where the value came from (an invitation): a mark beside the label, its snippet on hover. */
  source?: { label: string; title: string } | undefined
  children: ReactElement<Record<string, unknown>>
}

/** A labelled control with its hint and error wired for screen readers. */
export function Field({ label, error, hint, className, source, children }: FieldProps) {
  const id = useId()
  const described = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ')
  return (
    <div
      className={['field', error ? 'has-error' : '', source ? 'from-source' : '', className ?? '']
        .filter(Boolean)
        .join(' ')}
    >
      <label htmlFor={id}>
        {label}
        {source && (
          <span className="source-mark" title={source.title}>
            {source.label}
          </span>
        )}
      </label>
      {cloneElement(children, {
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': described || undefined,
      })}
      {hint && !error && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  )
}
