import type { MigrationInterface, QueryRunner } from "typeorm";

export class LeaderNameOrderIndex1795473520772 implements MigrationInterface {
  name = "LeaderNameOrderIndex1795473520772";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_leader_last_name\"");
    await queryRunner.query("CREATE INDEX \"idx_leader_name_order\" ON \"leader\" (\"last_name_key\", \"first_name_key\", \"id\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_leader_name_order\"");
    await queryRunner.query("CREATE INDEX \"idx_leader_last_name\" ON \"leader\" (\"last_name_key\") ");
  }
}
