import type { CorpusEntry } from './types'

/** English invitations and calendar-provider bodies, written for these tests. */
export const ENGLISH: CorpusEntry[] = [
  {
    name: 'formal English email, onsite, Ms title',
    subject: 'Interview Invitation - Financial Analyst - PT Global Investama Tbk',
    text: `Dear Mr. Pratama,

Thank you for your application for the Financial Analyst position at PT Global Investama Tbk. We are pleased to invite you to an interview.

Date: Tuesday, 8 December 2026
Time: 10:00 - 11:00 (WIB)
Venue: Global Tower 20th Floor, Jl. Jend. Sudirman Kav. 52, Jakarta
Reference: GI/FA/2026/117

Please confirm your attendance by 3 December 2026.

Best regards,
Ms. Laura Hartono
Talent Acquisition Specialist
laura.hartono@globalinvestama.co.id
+62 21 5095 7000`,
    replyBy: '2026-12-03T16:59:59.999Z',
    expected: {
      'contact.role': 'recruiter',
      company: 'PT Global Investama Tbk',
      position: 'Financial Analyst',
      startsAt: '2026-12-08T03:00:00.000Z',
      endsAt: '2026-12-08T04:00:00.000Z',
      timeZone: 'Asia/Jakarta',
      mode: 'onsite',
      location: 'Global Tower 20th Floor, Jl. Jend. Sudirman Kav. 52, Jakarta',
      referenceNumber: 'GI/FA/2026/117',
      'contact.name': 'Laura Hartono',
      'contact.title': 'ms',
      'contact.email': 'laura.hartono@globalinvestama.co.id',
      'contact.phone': '+622150957000',
    },
  },
  {
    name: 'English, Singapore time only (GMT+8)',
    text: `Hi Andi,

We would like to invite you to a video interview for the Software Engineer role at Lumen Labs Pte. Ltd.
When: Thursday, 10 December 2026, 3:00 PM - 4:00 PM Singapore time
Where: https://zoom.us/j/91234567890
Password: LUMEN88

Cheers,
Grace Tan
Recruiting, Lumen Labs`,
    expected: {
      'contact.role': 'recruiter',
      company: 'Lumen Labs Pte. Ltd.',
      position: 'Software Engineer',
      startsAt: '2026-12-10T07:00:00.000Z',
      endsAt: '2026-12-10T08:00:00.000Z',
      timeZone: 'Asia/Singapore',
      mode: 'video',
      meetingUrl: 'https://zoom.us/j/91234567890',
      accessCode: 'LUMEN88',
      'contact.name': 'Grace Tan',
    },
  },
  {
    name: 'English phone screen, tomorrow',
    text: `Hello Budi, this is Kevin from PT Cahaya Retail Indonesia. I will call you tomorrow at 11am for a phone screen for the Store Manager position. Talk soon! Kevin (+62 812 7000 1234)`,
    expected: {
      company: 'PT Cahaya Retail Indonesia',
      position: 'Store Manager',
      startsAt: '2026-12-01T04:00:00.000Z',
      timeZone: 'Asia/Jakarta',
      mode: 'phone',
      'contact.name': 'Kevin',
      'contact.phone': '+6281270001234',
    },
  },
  {
    name: 'LinkedIn-style message',
    text: `Hi Sarah, thanks for connecting! I'm a recruiter at Northwind Analytics Inc. We'd love to schedule a 30 minutes video call about the Senior Data Scientist role on Friday, December 11, 2026 at 9:00 AM GMT+7. Here's the link: https://meet.google.com/nor-thwi-ndx
Best,
Daniel Wong`,
    expected: {
      'contact.role': 'recruiter',
      company: 'Northwind Analytics Inc.',
      position: 'Senior Data Scientist',
      startsAt: '2026-12-11T02:00:00.000Z',
      endsAt: '2026-12-11T02:30:00.000Z',
      timeZone: 'Asia/Jakarta',
      mode: 'video',
      meetingUrl: 'https://meet.google.com/nor-thwi-ndx',
      'contact.name': 'Daniel Wong',
    },
  },
  {
    name: 'English reschedule: moved to a new time',
    text: `Dear Andi,

Due to a change in the panel's availability, your interview for the QA Engineer position at PT Awan Teknologi has been rescheduled to Monday, 14 December 2026 at 2:00 PM WIB (originally Friday, 11 December 2026).
The Teams link remains the same: https://teams.microsoft.com/l/meetup-join/19%3ameeting_awan%40thread.v2/0

Kind regards,
Mrs. Linda Susanti
HR Business Partner`,
    expected: {
      'contact.role': 'hr',
      company: 'PT Awan Teknologi',
      position: 'QA Engineer',
      startsAt: '2026-12-14T07:00:00.000Z',
      timeZone: 'Asia/Jakarta',
      mode: 'video',
      meetingUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_awan%40thread.v2/0',
      'contact.name': 'Linda Susanti',
      'contact.title': 'ms',
    },
  },
  {
    name: 'English, arrive early and registration time are not the interview',
    text: `Dear Candidate,

You are invited to the assessment and interview for the Management Trainee program at PT Sumber Energi Nusantara.
Registration opens at 07:30 WIB; please arrive 30 minutes early.
Interview date: Wednesday, 16 December 2026 at 08:30 WIB
Venue: Sumber Energi Training Center, Jl. Raya Serpong Km 7, Tangerang
Candidate ID: SEN-MT-2026-311

Regards,
Recruitment Team`,
    expected: {
      company: 'PT Sumber Energi Nusantara',
      position: 'Management Trainee',
      startsAt: '2026-12-16T01:30:00.000Z',
      timeZone: 'Asia/Jakarta',
      mode: 'onsite',
      location: 'Sumber Energi Training Center, Jl. Raya Serpong Km 7, Tangerang',
      referenceNumber: 'SEN-MT-2026-311',
    },
  },
  {
    name: 'Google Calendar body with Meet boilerplate and reference',
    subject:
      'Invitation: Interview User - Product Analyst (Budi Santoso) - PT Toko Maju Digital @ Mon Dec 7, 2026 10am - 11am (WIB)',
    text: `Interview User untuk posisi Product Analyst.
No. referensi: TMD/REC/2026/0877
Zoom: https://us02web.zoom.us/j/87766554433
Passcode: 735102

-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
Join with Google Meet: https://meet.google.com/tmd-prod-ana
Learn more about Meet at: https://support.google.com/a/users/answer/9282720
-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
Invitation from Google Calendar
You are receiving this email because you are an attendee of the event.`,
    expected: {
      company: 'PT Toko Maju Digital',
      position: 'Product Analyst',
      startsAt: '2026-12-07T03:00:00.000Z',
      endsAt: '2026-12-07T04:00:00.000Z',
      timeZone: 'Asia/Jakarta',
      mode: 'video',
      meetingUrl: 'https://us02web.zoom.us/j/87766554433',
      accessCode: '735102',
      referenceNumber: 'TMD/REC/2026/0877',
    },
  },
  {
    name: 'Outlook body with Teams block',
    subject: 'Interview: Business Analyst - PT Bank Sentosa Makmur Tbk',
    text: `Dear Andi,
Please join the interview for the Business Analyst position on Tuesday, 15 December 2026, 13:00-14:00 WIB.
Ref. No: BSM-BA-2026-045

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_bsm%40thread.v2/0
Meeting ID: 412 555 901 234
Passcode: bH7qZ2
Learn More | Meeting options
________________________________________________________________________________`,
    expected: {
      company: 'PT Bank Sentosa Makmur Tbk',
      position: 'Business Analyst',
      startsAt: '2026-12-15T06:00:00.000Z',
      endsAt: '2026-12-15T07:00:00.000Z',
      timeZone: 'Asia/Jakarta',
      mode: 'video',
      meetingUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_bsm%40thread.v2/0',
      accessCode: 'bH7qZ2',
      referenceNumber: 'BSM-BA-2026-045',
    },
  },
  {
    name: 'Zoom invitation body with dial-in numbers that are not the contact',
    subject: 'Technical Interview - Backend Engineer - PT Awan Teknologi',
    text: `Nadia Rahma is inviting you to a scheduled Zoom meeting.

Topic: Technical Interview - Backend Engineer - PT Awan Teknologi
Time: Dec 9, 2026 02:00 PM Jakarta

Join Zoom Meeting
https://us05web.zoom.us/j/83344556677?pwd=QwErTy

Meeting ID: 833 4455 6677
Passcode: 441199

One tap mobile
+6531651065,,83344556677#,,,,*441199# Singapore
+62 21 3095 0000,,83344556677# Indonesia`,
    expected: {
      company: 'PT Awan Teknologi',
      position: 'Backend Engineer',
      startsAt: '2026-12-09T07:00:00.000Z',
      timeZone: 'Asia/Jakarta',
      mode: 'video',
      meetingUrl: 'https://us05web.zoom.us/j/83344556677?pwd=QwErTy',
      accessCode: '441199',
      'contact.name': 'Nadia Rahma',
    },
  },
  {
    name: 'English email, phone interview with the number to use',
    text: `Dear Rina,

Thank you for applying for the Customer Success Lead position at Horizon Software Ltd. We would like to invite you to a phone interview on Thursday, 3 December 2026 at 4:30 PM WIB. Our recruiter will call you at the number on your CV. If you need to reach us, please call +62 21 2930 4000 or WhatsApp +62 813 9900 1122.

Best regards,
Mr. Thomas Lee
Horizon Software Ltd.`,
    expected: {
      company: 'Horizon Software Ltd.',
      position: 'Customer Success Lead',
      startsAt: '2026-12-03T09:30:00.000Z',
      timeZone: 'Asia/Jakarta',
      mode: 'phone',
      'contact.name': 'Thomas Lee',
      'contact.title': 'mr',
      'contact.phone': '+622129304000',
    },
  },
  {
    name: 'English with application date and reply deadline around the interview date',
    text: `Hi Yusuf,
Thanks for your application dated 20 November 2026 for the Mobile Developer role at PT Aplikasi Kita Bersama.
Your interview is scheduled on Friday, 18 December 2026 from 10:00 to 11:30 WIB at our office: Menara Kita, Jl. Casablanca Kav. 88, Jakarta.
Please reply by 14 December 2026.
Regards,
Anisa Putri`,
    replyBy: '2026-12-14T16:59:59.999Z',
    expected: {
      company: 'PT Aplikasi Kita Bersama',
      position: 'Mobile Developer',
      startsAt: '2026-12-18T03:00:00.000Z',
      endsAt: '2026-12-18T04:30:00.000Z',
      timeZone: 'Asia/Jakarta',
      mode: 'onsite',
      location: 'Menara Kita, Jl. Casablanca Kav. 88, Jakarta',
      'contact.name': 'Anisa Putri',
    },
  },
  {
    name: 'Webex invitation',
    text: `You're invited to an online interview for the Network Engineer position at PT Telekomunikasi Andalan.
Monday, 7 December 2026 | 15:00 - 16:00 WIB
Join: https://andalan.webex.com/andalan/j.php?MTID=m1234abcd
Meeting password: Net2026!
Contact person: Bapak Yusuf Hamdani (0812 3456 7890)`,
    expected: {
      company: 'PT Telekomunikasi Andalan',
      position: 'Network Engineer',
      startsAt: '2026-12-07T08:00:00.000Z',
      endsAt: '2026-12-07T09:00:00.000Z',
      timeZone: 'Asia/Jakarta',
      mode: 'video',
      meetingUrl: 'https://andalan.webex.com/andalan/j.php?MTID=m1234abcd',
      accessCode: 'Net2026!',
      'contact.name': 'Yusuf Hamdani',
      'contact.title': 'mr',
      'contact.phone': '+6281234567890',
    },
  },
  {
    name: 'SMS in English with no company legal form in text but in label',
    text: `Company: Kopi Senja Group. Interview for Barista on Wed 2 Dec 2026 at 10am WIB, Jl. Kemang Raya 12, Jakarta. Reply YES to confirm.`,
    expected: {
      company: 'Kopi Senja Group',
      position: 'Barista',
      startsAt: '2026-12-02T03:00:00.000Z',
      timeZone: 'Asia/Jakarta',
      mode: 'onsite',
      location: 'Jl. Kemang Raya 12, Jakarta',
    },
  },
  {
    name: 'English, a time only in another zone (Tokyo)',
    text: `Dear Andi, Sakura Robotics Inc. invites you to a video interview for the Robotics Engineer position on Tuesday, 8 December 2026 at 11:00 JST via https://zoom.us/j/95556667778. Best regards, Hiro Tanaka`,
    expected: {
      company: 'Sakura Robotics Inc.',
      position: 'Robotics Engineer',
      startsAt: '2026-12-08T02:00:00.000Z',
      timeZone: 'Asia/Tokyo',
      mode: 'video',
      meetingUrl: 'https://zoom.us/j/95556667778',
      'contact.name': 'Hiro Tanaka',
    },
  },
  {
    name: 'English walk-in interview with a duration in hours',
    text: `PT Logistik Cepat Nusantara invites you for an interview for the Warehouse Admin position on Monday, 14 December 2026 at 9:00 AM WIB (approximately 2 hours) at Gudang LCN, Jl. Cakung Cilincing Km 2, Jakarta Utara. Please bring your ID card.`,
    expected: {
      company: 'PT Logistik Cepat Nusantara',
      position: 'Warehouse Admin',
      startsAt: '2026-12-14T02:00:00.000Z',
      endsAt: '2026-12-14T04:00:00.000Z',
      timeZone: 'Asia/Jakarta',
      mode: 'onsite',
      location: 'Gudang LCN, Jl. Cakung Cilincing Km 2, Jakarta Utara',
    },
  },
  {
    name: 'Google Calendar body in Indonesian, no provider text kept',
    subject:
      'Undangan: Wawancara HR - Staf Keuangan - PT Mitra Sejahtera @ Rab 9 Des 2026 13.00 - 14.00 (WIB)',
    text: `Wawancara HR untuk posisi Staf Keuangan.
Nomor Undangan: MS/INV/2026/0099
Silakan bergabung melalui Google Meet: https://meet.google.com/mit-ras-eja

Undangan dari Google Kalender
Anda menerima email ini karena Anda adalah tamu acara ini.`,
    expected: {
      company: 'PT Mitra Sejahtera',
      position: 'Staf Keuangan',
      startsAt: '2026-12-09T06:00:00.000Z',
      endsAt: '2026-12-09T07:00:00.000Z',
      timeZone: 'Asia/Jakarta',
      mode: 'video',
      meetingUrl: 'https://meet.google.com/mit-ras-eja',
      referenceNumber: 'MS/INV/2026/0099',
    },
  },
  {
    name: 'English, company signature with office address is not the venue (video)',
    text: `Hi Maria,

Following up on your application, we'd like to invite you to a Google Meet interview for the HR Generalist position at PT Sehat Selalu Farma on Wednesday, 2 December 2026, 1:00 PM - 2:00 PM WIB.
Link: https://meet.google.com/seh-ats-ela

Warm regards,
Ibu Ayu Lestari
HR Manager | PT Sehat Selalu Farma
Jl. Pemuda No. 10, Surabaya
ayu.lestari@sehatselalu.co.id`,
    expected: {
      'contact.role': 'hr',
      company: 'PT Sehat Selalu Farma',
      position: 'HR Generalist',
      startsAt: '2026-12-02T06:00:00.000Z',
      endsAt: '2026-12-02T07:00:00.000Z',
      timeZone: 'Asia/Jakarta',
      mode: 'video',
      meetingUrl: 'https://meet.google.com/seh-ats-ela',
      'contact.name': 'Ayu Lestari',
      'contact.title': 'ms',
      'contact.email': 'ayu.lestari@sehatselalu.co.id',
    },
  },
  {
    name: 'WhatsApp English with Pak title and besok',
    text: `Good morning, this is Pak Agus from PT Mandiri Konstruksi Utama. We'd like to interview you for the Site Engineer position tomorrow at 1 PM WIB at our project office, Jl. Raya Cibubur No. 3, Depok. Please confirm by WhatsApp to 0812-8888-1212. Thanks, Pak Agus`,
    expected: {
      company: 'PT Mandiri Konstruksi Utama',
      position: 'Site Engineer',
      startsAt: '2026-12-01T06:00:00.000Z',
      timeZone: 'Asia/Jakarta',
      mode: 'onsite',
      location: 'Jl. Raya Cibubur No. 3, Depok',
      'contact.name': 'Agus',
      'contact.title': 'mr',
      'contact.phone': '+6281288881212',
    },
  },
  {
    name: 'Teams invitation in Indonesian with Rapat Microsoft Teams block',
    subject: 'Interview - HR Business Partner - PT Indah Karya Persada',
    text: `Selamat siang Ibu Dina,
Berikut undangan interview untuk posisi HR Business Partner pada Jumat, 11 Desember 2026 pukul 09.00 - 10.00 WIB.

________________________________________________________________________________
Rapat Microsoft Teams
Bergabung di komputer, aplikasi seluler, atau perangkat ruangan
Klik di sini untuk bergabung dengan rapat: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ikp%40thread.v2/0
ID Rapat: 455 120 339 871
Kode Akses: Xy9Pq2
________________________________________________________________________________`,
    expected: {
      company: 'PT Indah Karya Persada',
      position: 'HR Business Partner',
      startsAt: '2026-12-11T02:00:00.000Z',
      endsAt: '2026-12-11T03:00:00.000Z',
      timeZone: 'Asia/Jakarta',
      mode: 'video',
      meetingUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_ikp%40thread.v2/0',
      accessCode: 'Xy9Pq2',
    },
  },
  {
    name: 'English, date before weekday and 24h time with dot',
    text: `Invitation for interview — Graphic Designer at CV Warna Warni Kreatif. Date: 4 December 2026 (Friday), 15.30 WIB. Place: Studio Warna Warni, Jl. Braga No. 21, Bandung. Contact: Sdri. Tania Amelia, tania@warnawarni.id`,
    expected: {
      company: 'CV Warna Warni Kreatif',
      position: 'Graphic Designer',
      startsAt: '2026-12-04T08:30:00.000Z',
      timeZone: 'Asia/Jakarta',
      mode: 'onsite',
      location: 'Studio Warna Warni, Jl. Braga No. 21, Bandung',
      'contact.name': 'Tania Amelia',
      'contact.title': 'ms',
      'contact.email': 'tania@warnawarni.id',
    },
  },
]
