/** The event main sends the window when a desktop reminder is clicked (payload: the interview id). */
export const OPEN_INTERVIEW_EVENT = 'app/open-interview'
