import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";

/**
 * An inspection region (เขตตรวจราชการ) of one fiscal year. The grouping of provinces into regions is
 * data per fiscal year, not code: next year's table is a new set of rows.
 */
@ObjectType({ description: "An inspection region (เขตตรวจราชการ) of one fiscal year and the provinces it groups" })
@Entity("inspection_region")
export class InspectionRegion {
  @Field(() => Int, { description: "Buddhist Era, e.g. 2564" })
  @PrimaryColumn({ name: "fiscal_year", type: "int" })
  fiscalYear!: number;

  @Field(() => ID, { description: 'The region number as the department writes it, e.g. "9"' })
  @PrimaryColumn({ type: "varchar", length: 16 })
  code!: string;

  @Field()
  @Column({ name: "name_th", type: "varchar", length: 200 })
  nameTh!: string;

  @Field({ description: 'The name in English, e.g. "Inspection Region 9"' })
  @Column({ name: "name_en", type: "varchar", length: 200, default: "" })
  nameEn!: string;

  @Field(() => Date, { nullable: true, description: "When an admin retired the region from its year; its provinces are free for another region" })
  @Column({ name: "retired_at", type: "datetime", precision: 3, nullable: true })
  retiredAt!: Date | null;
}

/** One province in one region of one fiscal year; a province is in at most one region per year. */
@Entity("inspection_region_province")
@Index("idx_inspection_region_province_region", ["fiscalYear", "regionCode"])
export class InspectionRegionProvince {
  @PrimaryColumn({ name: "fiscal_year", type: "int" })
  fiscalYear!: number;

  @PrimaryColumn({ name: "province_code", type: "varchar", length: 2 })
  provinceCode!: string;

  @Column({ name: "region_code", type: "varchar", length: 16 })
  regionCode!: string;
}
