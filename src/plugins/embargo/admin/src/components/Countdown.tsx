/** The time left until an embargo lifts, ticking every second. */
import { Typography } from '@strapi/design-system';
import { useEffect, useState } from 'react';
import { formatTimeLeft, timeLeft } from '../domain/countdown';
import { useTranslate } from '../hooks/useTranslate';

export const Countdown = ({ until }: { until: string }) => {
  const t = useTranslate();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(timer);
  }, []);
  const left = timeLeft(new Date(until), now);
  return (
    <Typography variant="omega" fontWeight="bold" data-testid="embargo-countdown">
      {left.passed
        ? t('countdown.now', 'lifting now')
        : t('countdown.in', 'in {time}', { time: formatTimeLeft(left, t('countdown.days', 'd')) })}
    </Typography>
  );
};
