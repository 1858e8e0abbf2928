import { DOCUMENT_PATHS } from "@change-leaders/common";
import { FieldResolver, Resolver, Root } from "type-graphql";
import { Event } from "../event/event.entity";

@Resolver(() => Event)
export class EventPaperworkResolver {
  @FieldResolver(() => String, {
    description: "The sign-in sheet (PDF) of the registered leaders with a column to sign; GET it from the gateway with the same credentials",
  })
  signInSheetUrl(@Root() event: Event): string {
    return DOCUMENT_PATHS.signInSheet(event.id);
  }
}
