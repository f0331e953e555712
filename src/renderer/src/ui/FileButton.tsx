/** A labelled file picker that hands over the chosen file (or nothing, when the user cancels). */
export function FileButton({
  label,
  accept,
  onFile,
}: {
  label: string
  accept: string
  onFile: (file: File | undefined) => void
}) {
  return (
    <label className="file-button">
      {label}
      <input type="file" accept={accept} onChange={(event) => onFile(event.target.files?.[0])} />
    </label>
  )
}
