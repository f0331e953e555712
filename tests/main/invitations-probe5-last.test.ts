import { describe, expect, it } from 'vitest'
import { readInterview } from '../helpers/invitations'
import { probe5 } from './invitations/probe5'

// The fifth probe's last findings. What a signature says of the contact: of its numbers, none of which the
// candidate is told to use, the phone is a mobile (it also takes a WhatsApp message), in Singapore and
// Malaysia as in Indonesia; an agency's consultant is a recruiter. And a subject's kind of interview is not
// the role.
const mail = (body: string, signature: string[] = []) =>
  [
    'Dear Bima,',
    '',
    'We invite you to an interview for the Finance Analyst role on Thursday, 3 December 2026 at 10:00 WIB.',
    body,
    '',
    'Kind regards,',
    'Melissa Ong',
    ...signature,
  ].join('\n')

describe('the contact’s phone, of several in a signature', () => {
  it('is the mobile, not the office line written first: Singapore, Malaysia, Indonesia', () => {
    const phoneOf = (signature: string[]) => readInterview(mail('', signature)).contact?.phone
    expect(phoneOf(['Tel: +65 6725 8810', 'Mobile: +65 9187 3302'])).toBe('+6591873302')
    expect(phoneOf(['Office +65 6725 8810 | Mobile +65 8123 4567'])).toBe('+6581234567')
    expect(phoneOf(['Tel: +60 3-2141 8800', 'Mobile: +60 12-345 6789'])).toBe('+60123456789')
    expect(phoneOf(['Telp. (021) 5551 234', 'HP 0811-1234-567'])).toBe('+628111234567')
  })

  it('is the signer’s, not an interviewer’s named in passing; a toll-free line is no mobile', () => {
    const interviewer = mail('Interviewer: Kenneth Goh, Engineering Manager, +65 9123 4567', [
      'Talent Acquisition',
      'Phone: +65 6789 1234',
    ])
    expect(readInterview(interviewer).contact?.phone).toBe('+6567891234')
    expect(readInterview(mail('', ['Hotline: +65 800 852 3388', 'Tel: +65 6222 3333'])).contact?.phone).toBe(
      '+6562223333',
    )
  })

  it('is the number the candidate is told to use, even an office line', () => {
    const told = mail('Please call +65 6725 8810 if you are running late.', ['Mobile: +65 9187 3302'])
    expect(readInterview(told).contact?.phone).toBe('+6567258810')
  })
})

describe('the contact’s role', () => {
  const signed = (signature: string[]) => readInterview(mail('', signature)).contact?.role

  it('is recruiter for a consultant of a recruitment agency, as its signature shows', () => {
    expect(readInterview(probe5('Q06').text, probe5('Q06').subject).contact?.role).toBe('recruiter')
    expect(signed(['Senior Consultant, Technology', 'Asia Executive Search Pte. Ltd.'])).toBe('recruiter')
    expect(signed(['Konsultan Senior', 'PT Mitra Staffing Indonesia'])).toBe('recruiter')
  })

  it('is recruiter for a consultant of a well-known agency', () => {
    expect(signed(['Senior Consultant', 'Robert Walters Indonesia'])).toBe('recruiter')
    expect(signed(['Associate Consultant', 'PERSOLKELLY Indonesia'])).toBe('recruiter')
  })

  it('is none for a consultant or an associate of a firm that does not recruit', () => {
    expect(signed(['Senior Consultant, Risk Advisory', 'PT Deloitte Konsultan Indonesia'])).toBeUndefined()
    expect(
      signed(['Principal Consultant, SAP Practice', 'PT Sinergi IT Outsourcing Indonesia']),
    ).toBeUndefined()
    expect(signed(['Associate, Paid Search', 'PT Digital Kreasi Nusantara'])).toBeUndefined()
    const bank = [
      'Associate Director, Risk Analytics',
      'Meridian Bank Ltd',
      'Please beware of recruitment scams.',
    ]
    expect(signed(bank)).toBeUndefined()
  })
})

describe('the role from a subject that names the kind of interview', () => {
  const positionOf = (subject: string) =>
    readInterview(
      'Dear Andi,\nWe invite you to an interview on 10 December 2026 at 10:00 WIB.\nRegards,\nRina',
      subject,
    ).position

  it('leaves out a recorded or video interview’s platform and kind: they are not the role', () => {
    expect(readInterview(probe5('Q14').text, probe5('Q14').subject).position).toBe(
      'Future Leaders Programme 2027',
    )
    expect(positionOf('Video Interview – Data Analyst – PT Maju Jaya')).toBe('Data Analyst')
    expect(positionOf('Undangan Interview Video - Staff Admin')).toBe('Staff Admin')
    expect(positionOf('Spark Hire Video Interview | Customer Success Associate')).toBe(
      'Customer Success Associate',
    )
    expect(
      positionOf('Video Interview Invitation - Marketing Executive - PT Shopee International Indonesia'),
    ).toBe('Marketing Executive')
    expect(positionOf('Invitation to Video Interview – Graduate Trainee – PT Unilever Indonesia')).toBe(
      'Graduate Trainee',
    )
    expect(positionOf('Video Call Interview – Sales Executive – PT Maju Jaya')).toBe('Sales Executive')
  })

  it('keeps "Digital" or "Video" that is part of the role', () => {
    expect(positionOf('Undangan Interview: Management Trainee – Digital – PT Bank Nusantara Tbk')).toContain(
      'Digital',
    )
    expect(positionOf('Interview Invitation – Video Editor – PT Kreatif Media')).toBe('Video Editor')
  })
})

describe('a registration number', () => {
  const referenceOf = (line: string) =>
    readInterview(
      `Dear Andi,\nWe invite you to an interview on Thursday, 10 December 2026 at 10:00 WIB.\n${line}\nRegards,\nRina`,
    ).referenceNumber

  it('is the reference when it is the candidate’s, not when it is the agency’s or its consultant’s', () => {
    expect(referenceOf('Your Reg. No.: R-2026-0042')).toBe('R-2026-0042')
    expect(referenceOf('Candidate Reg. No.: CR-889')).toBe('CR-889')
    expect(referenceOf('EA Licence No. 16S8123 | Reg. No. R1987654')).toBeUndefined()
    expect(referenceOf('Personnel Reg. No. R1987654')).toBeUndefined()
    expect(referenceOf('No. Reg : RBB-2026-00417')).toBe('RBB-2026-00417')
  })

  it('is not an agency’s or a Malaysian company’s registration in a signature', () => {
    expect(referenceOf('EA Licence No. 16S8123 | Registration No. R1987654')).toBeUndefined()
    expect(referenceOf('Consultant | CEI No. R1987654')).toBeUndefined()
    expect(referenceOf('EA Personnel No. R1987654')).toBeUndefined()
    expect(
      referenceOf('Sinar Jaya Trading Sdn. Bhd. (Registration No. 201901012345 (1234567-A))'),
    ).toBeUndefined()
  })
})

describe('a role written in a sentence', () => {
  it('ends at its full stop, not in the next sentence; an abbreviation inside it stays', () => {
    const wa =
      'Halo Kak Rina, terima kasih sudah melamar posisi Staff Admin Gudang. Kami ingin mengundang Kakak interview hari Kamis, 10 Desember 2026 pukul 10.00 WIB di kantor kami.'
    expect(readInterview(wa).position).toBe('Staff Admin Gudang')
    const senior =
      'We invite you to interview for the position of Sr. Data Analyst on 10 December 2026 at 10:00 WIB.'
    expect(readInterview(senior).position).toBe('Sr. Data Analyst')
  })
})
