import { Field, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryColumn } from "typeorm";
import { ProvinceRef } from "../province/province.ref";

/**
 * A provincial office taking part in a department meeting (a kickoff by video conference): which
 * office, from which room, recorded by that office itself.
 */
@ObjectType({ description: "A provincial office taking part in a department meeting, and the room it joins from" })
@Entity("event_office")
export class EventOffice {
  @PrimaryColumn({ name: "event_id", type: "varchar", length: 36 })
  eventId!: string;

  @PrimaryColumn({ name: "province_code", type: "varchar", length: 2 })
  provinceCode!: string;

  @Field({ description: "The room the office joins from, e.g. ห้องประชุมศาลากลางจังหวัด ชั้น 2" })
  @Column({ type: "varchar", length: 200 })
  room!: string;

  @Column({ name: "recorded_by", type: "varchar", length: 36 })
  recordedBy!: string;

  @Field({ description: "When the office recorded it" })
  @CreateDateColumn({ name: "recorded_at", type: "datetime", precision: 6 })
  recordedAt!: Date;

  @Field(() => ProvinceRef, { description: "The office's province" })
  province(): ProvinceRef {
    return { code: this.provinceCode };
  }
}
