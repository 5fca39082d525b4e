/**
 * The layerchart parts the charts draw with. Loaded in the browser only (IntervalChart, LeaderboardChart): a chart
 * measures its width there, and the server, which renders the figure, its caption and description and the plot's
 * reserved space, does not load the charting library at all.
 */
export { Axis, Bars, Chart, Layer, Points, Rule } from 'layerchart';
