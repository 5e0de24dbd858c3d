/**
 * A whole number with commas between thousands (5,000), as toLocaleString('en-US') writes it,
 * without starting the browser's number formatter: that takes tens of milliseconds the first
 * time, and counts are written as the first screen loads.
 */
export const groupDigits = (n: number) =>
  String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
