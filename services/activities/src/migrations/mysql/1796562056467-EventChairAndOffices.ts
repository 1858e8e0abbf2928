import type { MigrationInterface, QueryRunner } from "typeorm";

export class EventChairAndOffices1796562056467 implements MigrationInterface {
  name = "EventChairAndOffices1796562056467";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `event_office` (`event_id` varchar(36) NOT NULL, `province_code` varchar(2) NOT NULL, `room` varchar(200) NOT NULL, `recorded_by` varchar(36) NOT NULL, `recorded_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), PRIMARY KEY (`event_id`, `province_code`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `event` ADD `chair` varchar(200) NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `event` DROP COLUMN `chair`");
    await queryRunner.query("DROP TABLE `event_office`");
  }
}
