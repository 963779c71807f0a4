/** Mentions per period and agency, stacked or grouped; a click on a bar lists its mentions. */
import { Box } from '@strapi/design-system';
import { forwardRef } from 'react';
import { useIntl } from 'react-intl';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTheme } from 'styled-components';
import type { Interval } from '../domain/periods';
import type { AgencyRow } from '../domain/report';

interface Props {
  rows: Record<string, string | number>[];
  agencies: Pick<AgencyRow, 'key' | 'name'>[];
  interval: Interval;
  stacked: boolean;
  onOpen: (agencyKey: string, period: string) => void;
}

const PALETTE = ['primary600', 'warning500', 'success500', 'danger500', 'secondary500', 'alternative500', 'neutral500'] as const;

export const MentionsChart = forwardRef<HTMLDivElement, Props>(({ rows, agencies, interval, stacked, onOpen }, ref) => {
  const { formatNumber, formatDate } = useIntl();
  const theme = useTheme() as unknown as { colors: Record<string, string> };

  // Periods are labelled for the reader's language: "Mar 2016", "2016年3月", "март 2016 г.".
  const label = (period: string) => {
    if (interval === 'month') return formatDate(`${period}-01T00:00:00Z`, { month: 'short', year: 'numeric', timeZone: 'UTC' });
    if (interval === 'day') return formatDate(`${period}T00:00:00Z`, { day: 'numeric', month: 'short', timeZone: 'UTC' });
    return period;
  };

  return (
    <Box ref={ref} background="neutral0" padding={4} hasRadius data-testid="mentions-chart">
      <ResponsiveContainer width="100%" height={360}>
        <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="period" tickFormatter={label} tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} tickFormatter={(value: number) => formatNumber(value)} tick={{ fontSize: 12 }} />
          <Tooltip labelFormatter={(period) => label(String(period))} formatter={(value) => formatNumber(Number(value))} />
          <Legend />
          {agencies.map((agency, index) => (
            <Bar
              key={agency.key}
              dataKey={agency.key}
              name={agency.name}
              stackId={stacked ? 'mentions' : undefined}
              fill={theme.colors[PALETTE[index % PALETTE.length]]}
              cursor="pointer"
              isAnimationActive={false}
              onClick={(bar: any) => onOpen(agency.key, bar.payload?.period ?? bar.period)}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </Box>
  );
});
