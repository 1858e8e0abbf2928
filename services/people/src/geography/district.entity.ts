import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";

/** One of the 928 districts (อำเภอ, or เขต in Bangkok), keyed by its official four-digit code. */
@Directive('@key(fields: "code")')
@ObjectType({ description: "A district (อำเภอ / เขต) with its official four-digit code" })
@Entity("district")
@Index("idx_district_province", ["provinceCode", "code"])
export class District {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 4 })
  code!: string;

  @Field()
  @Column({ name: "province_code", type: "varchar", length: 2 })
  provinceCode!: string;

  @Field()
  @Column({ name: "name_th", type: "varchar", length: 100 })
  nameTh!: string;

  @Field()
  @Column({ name: "name_en", type: "varchar", length: 100 })
  nameEn!: string;
}
