import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Dialog } from '../../ui/Dialog'
import { Composer, type ComposerProps } from './Composer'

type Props = Omit<ComposerProps, 'onCancel' | 'onKind'> & { onClose: () => void }

/** The composer in its dialog, whose title names the message on screen ("Decline the invitation — PT …"). */
export function ComposerDialog({ onClose, ...composer }: Props) {
  const { t } = useTranslation()
  const [kind, setKind] = useState(composer.initialKind)
  return (
    <Dialog title={`${t(`drafts.title.${kind}`)} — ${composer.interview.company}`} onClose={onClose} wide>
      <Composer {...composer} onCancel={onClose} onKind={setKind} />
    </Dialog>
  )
}
