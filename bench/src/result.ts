export interface BenchResult {
  name: string;
  lines: string[];
  target: string;
  passed: boolean;
}
