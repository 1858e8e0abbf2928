import { PageType } from "@change-leaders/common";
import { ObjectType } from "type-graphql";
import { Participation } from "./participation.entity";

@ObjectType()
export class ParticipationPage extends PageType(Participation) {}
