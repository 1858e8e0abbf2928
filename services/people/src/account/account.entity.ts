import { Role } from "@change-leaders/common";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from "typeorm";

/** A person who logs in to the panel: an admin, officer, inspector, judge, budget officer or executive. */
@Directive('@key(fields: "id")')
@ObjectType({ description: "A login of the panel, with the role that says what it may do" })
@Entity("account")
export class Account {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 36 })
  id!: string;

  @Field()
  @Column({ type: "varchar", length: 64, unique: true })
  username!: string;

  @Column({ name: "password_hash", type: "varchar", length: 100 })
  passwordHash!: string;

  @Field()
  @Column({ name: "display_name", type: "varchar", length: 200 })
  displayName!: string;

  @Field(() => Role)
  @Column({ type: "varchar", length: 32 })
  role!: Role;

  @Field(() => String, { nullable: true, description: "The province of a province officer" })
  @Column({ name: "province_code", type: "varchar", length: 2, nullable: true })
  provinceCode!: string | null;

  @Field(() => String, { nullable: true, description: "The inspection region of an inspector" })
  @Column({ name: "region_code", type: "varchar", length: 16, nullable: true })
  regionCode!: string | null;

  @Field()
  @Column({ type: "boolean", default: true })
  active!: boolean;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "datetime", precision: 6 })
  createdAt!: Date;

  @UpdateDateColumn({ name: "updated_at", type: "datetime", precision: 6 })
  updatedAt!: Date;

  /**
   * Login tokens carry the value this had when they were signed: logging out, a password change or
   * reset and deactivation raise it, so every token signed before is refused (never a field).
   */
  @Column({ name: "session_version", type: "integer", default: 0 })
  sessionVersion!: number;

  @VersionColumn()
  version!: number;
}
