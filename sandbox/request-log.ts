export interface RequestRecord {
  method: string;
  path: string;
  /** The query string without "?", '' when none. */
  query: string;
  /** null when no answer was sent (hang, commit-then-drop, client gone). */
  status: number | null;
  at: string;
  requestId: string;
}

const MAX_RECORDS = 10_000;

/** A bounded log of API requests (admin requests are not logged). */
export class RequestLog {
  private records: RequestRecord[] = [];

  add(record: RequestRecord): void {
    this.records.push(record);
    if (this.records.length > MAX_RECORDS) this.records = this.records.slice(-MAX_RECORDS);
  }

  all(): RequestRecord[] {
    return [...this.records];
  }

  clear(): void {
    this.records = [];
  }
}
