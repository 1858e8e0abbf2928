import { Column, Entity, Index, PrimaryColumn } from "typeorm";

/**
 * Failed logins of one username in the current window, shared by every replica of people: the
 * limit a login sent straight to this subgraph meets (the gateway's per-address limit comes first).
 */
@Entity("login_failure")
@Index("idx_login_failure_window", ["windowStartedAt"])
export class LoginFailure {
  /** SHA-256 (hex) of the username the attempts mean (`loginAttemptKey`): no username is kept in clear. */
  @PrimaryColumn({ name: "attempt_key", type: "varchar", length: 64 })
  attemptKey!: string;

  @Column({ type: "integer" })
  failures!: number;

  /** When the window began, in milliseconds since the epoch. */
  @Column({ name: "window_started_at", type: "bigint" })
  windowStartedAt!: string;
}
