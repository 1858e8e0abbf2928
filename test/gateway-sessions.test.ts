import crypto from "node:crypto";
import { Role, signLoginToken } from "@change-leaders/common";
import { bearer, describeEachDatabase, errorCodes, graphql } from "@change-leaders/common/testing";
import { type TestSystem, startSystem } from "./support/system";

/**
 * Attack audit findings 1 and 8: a well-signed token is not enough. Its account must exist and be
 * active, and logging out, a password change or reset and deactivation end every token signed before.
 */
describeEachDatabase("sessions through the gateway", (dialect) => {
  let system: TestSystem;
  let admin: Record<string, string>;
  const PASSWORD = "ทุ่งนา-เขียวขจี-2565";

  beforeAll(async () => {
    system = await startSystem(dialect);
    admin = await system.loginAs("admin");
  });
  afterAll(() => system.stop());

  const me = (headers: Record<string, string>) => graphql<{ me: { username: string } }>(system.url, "{ me { username } }", {}, headers);
  const login = (username: string, password: string) =>
    graphql<{ login: { token: string } }>(system.url, "mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }", {
      u: username,
      p: password,
    });

  /** A fresh officer account of this test, logged in: sessions of the shared demo logins stay untouched. */
  async function newAccount(role = Role.EXECUTIVE): Promise<{ id: string; username: string; headers: Record<string, string> }> {
    const username = `s${crypto.randomBytes(5).toString("hex")}`;
    const created = await graphql<{ createAccount: { id: string } }>(
      system.url,
      "mutation ($input: AccountInput!) { createAccount(input: $input) { id } }",
      { input: { username, password: PASSWORD, displayName: "ผู้ทดสอบ", role } },
      admin,
    );
    expect(created.errors).toBeUndefined();
    const token = (await login(username, PASSWORD)).data!.login.token;
    return { id: created.data!.createAccount.id, username, headers: bearer(token) };
  }

  it.each([
    ["an account that never existed", () => crypto.randomUUID()],
    ["the gateway's own service name", () => "service:gateway"],
  ])("refuses a token signed with the real secret for %s (401)", async (_label, id) => {
    const forged = signLoginToken({ kind: "account", id: id(), name: "admin", role: Role.ADMIN }, system.store.config.jwtSecret, 600);
    const answer = await graphql(system.url, "{ provinces { code } }", {}, bearer(forged.token));
    expect(answer.status).toBe(401);
    expect(errorCodes(answer)).toEqual(["UNAUTHENTICATED"]);
  });

  it("logout ends the token at once; a new login works", async () => {
    const account = await newAccount();
    expect((await me(account.headers)).data?.me.username).toBe(account.username);
    const out = await graphql<{ logout: boolean }>(system.url, "mutation { logout }", {}, account.headers);
    expect(out.data?.logout).toBe(true);
    const after = await me(account.headers);
    expect(after.status).toBe(401);
    expect(errorCodes(after)).toEqual(["UNAUTHENTICATED"]);
    const again = await login(account.username, PASSWORD);
    expect((await me(bearer(again.data!.login.token))).data?.me.username).toBe(account.username);
  });

  it("changePassword asks the current password, applies the policy, and ends older tokens", async () => {
    const account = await newAccount();
    const change = (current: string, next: string) =>
      graphql<{ changePassword: { token: string } }>(
        system.url,
        "mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { token } }",
        { c: current, n: next },
        account.headers,
      );
    const wrong = await change("not-the-password-at-all", "ทะเลสาบ-สีคราม-2566");
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "currentPassword", messageTh: "รหัสผ่านปัจจุบันไม่ถูกต้อง" });
    const weak = await change(PASSWORD, "abababababab");
    expect(weak.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "newPassword" });
    // Neither refusal changed anything: the old token and password still work.
    expect((await me(account.headers)).data?.me.username).toBe(account.username);

    const changed = await change(PASSWORD, "ทะเลสาบ-สีคราม-2566");
    expect(changed.errors).toBeUndefined();
    expect((await me(account.headers)).status).toBe(401);
    expect((await me(bearer(changed.data!.changePassword.token))).data?.me.username).toBe(account.username);
    expect(errorCodes(await login(account.username, PASSWORD))).toEqual(["UNAUTHENTICATED"]);
    expect((await login(account.username, "ทะเลสาบ-สีคราม-2566")).data?.login.token).toBeTruthy();
  });

  it("an admin resets a password: the account's tokens end, the new password logs in; no one else may", async () => {
    const account = await newAccount();
    const reset = (headers: Record<string, string>, newPassword: string) =>
      graphql<{ resetPassword: { id: string } }>(
        system.url,
        "mutation ($id: ID!, $p: String!) { resetPassword(id: $id, newPassword: $p) { id } }",
        { id: account.id, p: newPassword },
        headers,
      );
    expect(errorCodes(await reset(await system.loginAs("executive"), "ภูเขา-หิมะ-ขาว-2567"))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await reset(admin, "aaaaaaaaaaaa"))).toEqual(["BAD_USER_INPUT"]);
    expect((await me(account.headers)).data?.me.username).toBe(account.username);
    expect((await reset(admin, "ภูเขา-หิมะ-ขาว-2567")).errors).toBeUndefined();
    expect((await me(account.headers)).status).toBe(401);
    expect((await login(account.username, "ภูเขา-หิมะ-ขาว-2567")).data?.login.token).toBeTruthy();
  });

  it("deactivation refuses the account's tokens and login until it is reactivated; history keeps no hash", async () => {
    const account = await newAccount(Role.BUDGET_OFFICER);
    const setActive = (field: "deactivateAccount" | "reactivateAccount", id = account.id) =>
      graphql<Record<string, { active: boolean }>>(system.url, `mutation ($id: ID!) { ${field}(id: $id) { active } }`, { id }, admin);
    expect((await setActive("deactivateAccount")).data?.deactivateAccount.active).toBe(false);
    expect((await me(account.headers)).status).toBe(401);
    expect(errorCodes(await login(account.username, PASSWORD))).toEqual(["UNAUTHENTICATED"]);
    const twice = await setActive("deactivateAccount");
    expect(twice.errors?.[0].extensions).toMatchObject({ code: "INVALID_TRANSITION" });

    expect((await setActive("reactivateAccount")).data?.reactivateAccount.active).toBe(true);
    expect((await login(account.username, PASSWORD)).data?.login.token).toBeTruthy();

    const history = await graphql<{ history: { action: string; after: string }[] }>(
      system.url,
      'query ($id: ID!) { history(id: $id, entity: "Account") { action after } }',
      { id: account.id },
      admin,
    );
    expect(history.data?.history.map((entry) => entry.action)).toEqual(["CREATE", "UPDATE", "UPDATE"]);
    expect(history.data?.history.map((entry) => JSON.parse(entry.after).active)).toEqual([true, false, true]);
    expect(JSON.stringify(history.data)).not.toMatch(/passwordHash|\$2[aby]\$/);
  });

  it("an admin cannot deactivate their own account (someone must stay to undo it)", async () => {
    const self = await graphql<{ me: { id: string } }>(system.url, "{ me { id } }", {}, admin);
    const answer = await graphql(system.url, "mutation ($id: ID!) { deactivateAccount(id: $id) { active } }", { id: self.data!.me.id }, admin);
    expect(answer.errors?.[0].extensions).toMatchObject({ code: "INVALID_TRANSITION", messageTh: "ไม่สามารถระงับบัญชีของตนเองได้" });
    expect((await me(admin)).data?.me.username).toBe("admin");
  });

  it("answers accountSession to the gateway only", async () => {
    const answer = await graphql(system.url, "query ($id: ID!) { accountSession(accountId: $id) { active } }", { id: crypto.randomUUID() }, admin);
    expect(errorCodes(answer)).toEqual(["FORBIDDEN"]);
  });

  it("an API key has no session to end", async () => {
    const key = await graphql<{ createApiKey: { key: string } }>(
      system.url,
      'mutation { createApiKey(name: "สำนักงานสถิติ", purpose: "สถิติผู้นำรายตำบล") { key } }',
      {},
      admin,
    );
    const answer = await graphql(system.url, "mutation { logout }", {}, { "x-api-key": key.data!.createApiKey.key });
    expect(errorCodes(answer)).toEqual(["FORBIDDEN"]);
  });
});
