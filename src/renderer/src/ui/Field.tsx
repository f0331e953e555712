import { useId, type ReactElement, cloneElement } from 'react'

interface FieldProps {
  label: string
  error?: string | undefined
  hint?: string | undefined
  className?: string
  children: ReactElement<Record<string, unknown>>
}

/** A labelled control with its hint and error wired for screen readers. */
export function Field({ label, error, hint, className, children }: FieldProps) {
  const id = useId()
  const described = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ')
  return (
    <div className={['field', error ? 'has-error' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
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
