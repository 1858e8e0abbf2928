import { PartnerScope } from "@change-leaders/common";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryColumn } from "typeorm";

/**
 * A partner agency's API key. Only the SHA-256 of the key is stored (the key is 256 random bits, so
 * a fast hash is enough to make a stolen table useless); the key itself is shown once, on creation.
 */
@ObjectType({ description: "A partner agency's API key (the key itself is shown only when created)" })
@Entity("api_key")
export class ApiKey {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 36 })
  id!: string;

  @Field()
  @Column({ type: "varchar", length: 200 })
  name!: string;

  @Field({ description: "The first characters of the key, to tell keys apart" })
  @Column({ type: "varchar", length: 16 })
  prefix!: string;

  @Column({ name: "key_hash", type: "varchar", length: 64, unique: true })
  keyHash!: string;

  @Field(() => PartnerScope, { description: "AGGREGATE: counts and tambon/province results only; NAMED: also leaders' names and community roles" })
  @Column({ type: "varchar", length: 16, default: PartnerScope.AGGREGATE })
  scope!: PartnerScope;

  @Field({ description: "Why the agency reads (PDPA purpose limitation), shown with every read it makes" })
  @Column({ type: "varchar", length: 500, default: "" })
  purpose!: string;

  @Field(() => Date, { nullable: true, description: "After this moment the key answers UNAUTHENTICATED (keys made before scopes: none)" })
  @Column({ name: "expires_at", type: "datetime", precision: 3, nullable: true })
  expiresAt!: Date | null;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "datetime", precision: 6 })
  createdAt!: Date;

  @Field(() => String, { nullable: true })
  @Column({ name: "created_by", type: "varchar", length: 64, nullable: true })
  createdBy!: string | null;

  @Field(() => Date, { nullable: true, description: "Set when revoked; a revoked key is refused (within 30 s at the gateway)" })
  @Column({ name: "revoked_at", type: "datetime", precision: 3, nullable: true })
  revokedAt!: Date | null;
}
