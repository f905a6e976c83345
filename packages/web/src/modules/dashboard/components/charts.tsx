// The two recharts charts of the dashboard, in their own lazily loaded chunk. Animations are off:
// the charts must be complete at once, for print and screenshots. The accessibility layer
// (keyboard tooltips) is off too: each chart is one image with a summary, and its figures are
// in a table beside it. The legend is plain HTML (ChartFigure), so it stays readable when the
// drawing is scaled to the paper.
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { PROGRESS_STATUSES, PROGRESS_STATUS_LABELS } from '@kruispunt/shared';
import { COVERAGE_COLOURS, STATUS_COLOURS } from '../chart-colours';
import { chartHeight } from '../chart-size';
import type { CoverageRow, ProgressRow } from '../dashboard-data';

const AXIS = { fontSize: 13, fill: '#1b2430' };

export function CoverageChart({ data }: { data: CoverageRow[] }) {
  return (
    <ResponsiveContainer width="100%" height={chartHeight(data.length)}>
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 40, bottom: 4, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid horizontal={false} stroke="#d7dce2" />
        <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit="%" tick={AXIS} />
        <YAxis type="category" dataKey="zone" width={110} tick={AXIS} />
        <Tooltip formatter={(value) => (value == null ? 'geen acties' : `${String(value)}%`)} />
        <Bar dataKey="indicators" name="Met indicatoren" fill={COVERAGE_COLOURS.indicators} isAnimationActive={false}>
          <LabelList dataKey="indicators" position="right" formatter={(value) => (value == null ? '' : `${String(value)}%`)} style={{ fontSize: 12, fill: '#1b2430' }} />
        </Bar>
        <Bar dataKey="evaluation" name="Met evaluatievorm" fill={COVERAGE_COLOURS.evaluation} isAnimationActive={false}>
          <LabelList dataKey="evaluation" position="right" formatter={(value) => (value == null ? '' : `${String(value)}%`)} style={{ fontSize: 12, fill: '#1b2430' }} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

export function ProgressChart({ data }: { data: ProgressRow[] }) {
  return (
    <ResponsiveContainer width="100%" height={chartHeight(data.length)}>
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid horizontal={false} stroke="#d7dce2" />
        <XAxis type="number" allowDecimals={false} tick={AXIS} />
        <YAxis type="category" dataKey="zone" width={110} tick={AXIS} />
        <Tooltip />
        {PROGRESS_STATUSES.map((status) => (
          <Bar key={status} dataKey={status} name={PROGRESS_STATUS_LABELS[status]} stackId="status" fill={STATUS_COLOURS[status]} isAnimationActive={false}>
            <LabelList
              dataKey={status}
              position="center"
              formatter={(value) => (typeof value === 'number' && value > 0 ? String(value) : '')}
              style={{ fontSize: 12, fontWeight: 700, fill: status === 'PLANNED' || status === 'POSTPONED' ? '#1b2430' : '#ffffff' }}
            />
          </Bar>
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
