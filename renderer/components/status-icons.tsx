// Icons for a step's outcome (passed, warning, failed, skipped). Decorative: the text beside each
// says the outcome in words.
const common = {
  width: 18,
  height: 18,
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2.2,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
  'aria-hidden': true,
  focusable: false,
} as const;

export const PassedIcon = () => (
  <svg {...common}>
    <circle cx="12" cy="12" r="10" />
    <polyline points="7.5 12.5 10.5 15.5 16.5 9" />
  </svg>
);

export const FailedIcon = () => (
  <svg {...common}>
    <circle cx="12" cy="12" r="10" />
    <line x1="9" y1="9" x2="15" y2="15" />
    <line x1="15" y1="9" x2="9" y2="15" />
  </svg>
);

export const SkippedIcon = () => (
  <svg {...common}>
    <circle cx="12" cy="12" r="10" />
    <line x1="8" y1="12" x2="16" y2="12" />
  </svg>
);
