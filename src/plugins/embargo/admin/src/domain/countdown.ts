/** The time left until an instant, in days, hours, minutes and seconds; zero once it has passed. */
export interface TimeLeft {
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
  passed: boolean;
}

export function timeLeft(until: Date, now: Date): TimeLeft {
  const ms = until.getTime() - now.getTime();
  if (ms <= 0) return { days: 0, hours: 0, minutes: 0, seconds: 0, passed: true };
  const total = Math.ceil(ms / 1000);
  return {
    days: Math.floor(total / 86_400),
    hours: Math.floor((total % 86_400) / 3600),
    minutes: Math.floor((total % 3600) / 60),
    seconds: total % 60,
    passed: false,
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2 d 03:04:05", or "03:04:05" within a day. */
export const formatTimeLeft = ({ days, hours, minutes, seconds }: TimeLeft, dayUnit: string) =>
  `${days > 0 ? `${days} ${dayUnit} ` : ''}${pad(hours)}:${pad(minutes)}:${pad(seconds)}`;
