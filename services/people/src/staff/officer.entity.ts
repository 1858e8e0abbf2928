import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { StaffPerson } from "./staff-person";

export enum OfficeLevel {
  PROVINCE = "PROVINCE",
  DISTRICT = "DISTRICT",
}
registerEnumType(OfficeLevel, { name: "OfficeLevel", description: "Provincial or district CD office" });

/**
 * A community development officer (staff record). An officer may have a login (`accountId`); the
 * account carries the role and province the access rules use, the officer record the person's post.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: "A provincial or district community development officer" })
@Entity("officer")
@Index("idx_officer_province", ["provinceCode", "lastName"])
export class Officer extends StaffPerson {
  @Field(() => OfficeLevel)
  @Column({ name: "office_level", type: "varchar", length: 16 })
  officeLevel!: OfficeLevel;

  @Field()
  @Column({ name: "province_code", type: "varchar", length: 2 })
  provinceCode!: string;

  @Field(() => String, { nullable: true })
  @Column({ name: "district_code", type: "varchar", length: 4, nullable: true })
  districtCode!: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: "account_id", type: "varchar", length: 36, nullable: true })
  accountId!: string | null;
}
