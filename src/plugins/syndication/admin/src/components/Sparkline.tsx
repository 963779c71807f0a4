/** A partner's mentions per month as a small line, loaded only when a partner is open. */
import { useIntl } from 'react-intl';
import { Line, LineChart, ResponsiveContainer, Tooltip, XAxis } from 'recharts';
import { useTheme } from 'styled-components';

const Sparkline = ({ series }: { series: { period: string; count: number }[] }) => {
  const { formatNumber, formatDate } = useIntl();
  const theme = useTheme() as unknown as { colors: Record<string, string> };
  return (
    <ResponsiveContainer width="100%" height={48}>
      <LineChart data={series}>
        <XAxis dataKey="period" hide />
        <Tooltip
          labelFormatter={(period) => formatDate(`${period}-01T00:00:00Z`, { month: 'long', year: 'numeric', timeZone: 'UTC' })}
          formatter={(value) => formatNumber(Number(value))}
        />
        <Line type="monotone" dataKey="count" stroke={theme.colors.primary600} strokeWidth={2} dot={false} isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
};

export default Sparkline;
