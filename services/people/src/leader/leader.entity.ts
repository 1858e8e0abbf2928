import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from "typeorm";

export enum LeaderStatus {
  ACTIVE = "ACTIVE",
  WITHDRAWN = "WITHDRAWN",
}
registerEnumType(LeaderStatus, { name: "LeaderStatus" });

export enum Gender {
  MALE = "MALE",
  FEMALE = "FEMALE",
  OTHER = "OTHER",
}
registerEnumType(Gender, { name: "Gender" });

/**
 * A change leader (ผู้นำการเปลี่ยนแปลง) of one cohort fiscal year in one tambon.
 *
 * `nationalId`, `phone` and `birthDate` are personal data: they are not GraphQL fields of the class;
 * the resolver serves them after the access rules (never to a PARTNER; every staff read logged).
 * `provinceCode`/`districtCode` copy the tambon's so that lists filter by an index.
 * `firstNameKey`/`lastNameKey` hold the names folded to lower case for the indexed prefix search.
 * A deleted leader keeps its row (and history): `deletedAt` is set and `deletionMarker` takes the
 * leader's id, which frees its national ID for the fiscal year in the unique index.
 * `importId` names the bulk import that wrote the leader (`LeaderImport`), null for a leader made otherwise.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: "A change leader (ผู้นำการเปลี่ยนแปลง) of a cohort fiscal year in a tambon" })
@Entity("leader")
@Index("uq_leader_national_id_cohort", ["nationalId", "cohortYear", "deletionMarker"], { unique: true })
@Index("idx_leader_tambon", ["tambonCode", "lastNameKey"])
@Index("idx_leader_district", ["districtCode", "lastNameKey"])
@Index("idx_leader_province", ["provinceCode", "lastNameKey"])
@Index("idx_leader_first_name", ["firstNameKey"])
@Index("idx_leader_name_order", ["lastNameKey", "firstNameKey", "id"])
@Index("idx_leader_cohort", ["cohortYear", "lastNameKey"])
@Index("idx_leader_withdrawn", ["status", "anonymisedAt", "withdrawnAt"])
@Index("idx_leader_import", ["importId"])
export class Leader {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 36 })
  id!: string;

  @Field({ description: "นาย, นาง, นางสาว, …" })
  @Column({ type: "varchar", length: 50 })
  title!: string;

  @Field()
  @Column({ name: "first_name", type: "varchar", length: 100 })
  firstName!: string;

  @Field()
  @Column({ name: "last_name", type: "varchar", length: 100 })
  lastName!: string;

  @Column({ name: "first_name_key", type: "varchar", length: 100 })
  firstNameKey!: string;

  @Column({ name: "last_name_key", type: "varchar", length: 100 })
  lastNameKey!: string;

  @Field(() => Gender, { nullable: true })
  @Column({ type: "varchar", length: 16, nullable: true })
  gender!: Gender | null;

  /** YYYY-MM-DD (Gregorian); served by the resolver only. */
  @Column({ name: "birth_date", type: "varchar", length: 10, nullable: true })
  birthDate!: string | null;

  /** 13 digits with a valid check digit; served by the resolver only. */
  @Column({ name: "national_id", type: "varchar", length: 13 })
  nationalId!: string;

  /** 10 digits starting with 0 (normalised); served by the resolver only. */
  @Column({ type: "varchar", length: 10, nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: "e.g. village headman, volunteer, youth, farmer group" })
  @Column({ name: "community_role", type: "varchar", length: 100, nullable: true })
  communityRole!: string | null;

  @Field()
  @Column({ name: "tambon_code", type: "varchar", length: 6 })
  tambonCode!: string;

  @Field()
  @Column({ name: "district_code", type: "varchar", length: 4 })
  districtCode!: string;

  @Field()
  @Column({ name: "province_code", type: "varchar", length: 2 })
  provinceCode!: string;

  @Field(() => Int, { nullable: true, description: "หมู่ที่" })
  @Column({ name: "village_no", type: "int", nullable: true })
  villageNo!: number | null;

  @Field(() => Int, { description: "The fiscal year (BE) of the leader's cohort" })
  @Column({ name: "cohort_year", type: "int" })
  cohortYear!: number;

  @Field(() => LeaderStatus)
  @Column({ type: "varchar", length: 16 })
  status!: LeaderStatus;

  @Field(() => Date, { nullable: true, description: "When the leader was last set WITHDRAWN; the PDPA retention period counts from it" })
  @Column({ name: "withdrawn_at", type: "datetime", precision: 3, nullable: true })
  withdrawnAt!: Date | null;

  @Field(() => Date, { nullable: true, description: "When the retention job irreversibly removed the leader's personal data (PDPA)" })
  @Column({ name: "anonymised_at", type: "datetime", precision: 3, nullable: true })
  anonymisedAt!: Date | null;

  @Field(() => Int, { description: "Goes up by one with every change; send it back as expectedVersion" })
  @Column({ type: "int" })
  version!: number;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "datetime", precision: 6 })
  createdAt!: Date;

  @Field()
  @UpdateDateColumn({ name: "updated_at", type: "datetime", precision: 6 })
  updatedAt!: Date;

  @Column({ name: "deleted_at", type: "datetime", precision: 3, nullable: true })
  deletedAt!: Date | null;

  @Column({ name: "deletion_marker", type: "varchar", length: 36, default: "" })
  deletionMarker!: string;

  /** The bulk import that wrote the leader (`leader_import.id`), or null: its history opens with that import. */
  @Column({ name: "import_id", type: "varchar", length: 36, nullable: true })
  importId!: string | null;
}
