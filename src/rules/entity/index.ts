import type { Layer } from '../types.js';
import type { Entity } from '../../types.js';
import type { EntityCandidate } from './lib/candidate.js';
import { resolveEntities } from './lib/resolve.js';
import acronymDefinition from './acronym-definition.js';
import byline from './byline.js';
import eventName from './event-name.js';
import gazetteerPlace from './gazetteer-place.js';
import nameShape from './name-shape.js';
import newsOutlet from './news-outlet.js';
import newsOutletName from './news-outlet-name.js';
import orgAcronymBrand from './org-acronym-brand.js';
import orgAcronymCompound from './org-acronym-compound.js';
import orgAcronymPlace from './org-acronym-place.js';
import orgAcronymRole from './org-acronym-role.js';
import orgAcronymSpeaker from './org-acronym-speaker.js';
import orgAdjectiveHead from './org-adjective-head.js';
import orgRegionAdjective from './org-region-adjective.js';
import orgArticleAcronym from './org-article-acronym.js';
import orgClubAdjective from './org-club-adjective.js';
import orgCompanyCompound from './org-company-compound.js';
import orgCompanyForm from './org-company-form.js';
import orgEnglishInstitution from './org-english-institution.js';
import orgHeadGenitive from './org-head-genitive.js';
import orgHeadlineCompany from './org-headline-company.js';
import orgInstitutionPlace from './org-institution-place.js';
import orgIntroNoun from './org-intro-noun.js';
import orgList from './org-list.js';
import orgNamedCompound from './org-named-compound.js';
import orgNounAcronym from './org-noun-acronym.js';
import orgPartyAdjective from './org-party-adjective.js';
import orgPartyAlliance from './org-party-alliance.js';
import orgPublisherBracket from './org-publisher-bracket.js';
import orgSeatOfPower from './org-seat-of-power.js';
import orgSportsClub from './org-sports-club.js';
import orgStateInstitution from './org-state-institution.js';
import orgTeamNickname from './org-team-nickname.js';
import orgTeamTown from './org-team-town.js';
import orgUniversity from './org-university.js';
import personLoneSurname from './person-lone-surname.js';
import placeAdjective from './place-adjective.js';
import placeAirportPair from './place-airport-pair.js';
import placeCompassPart from './place-compass-part.js';
import placeContext from './place-context.js';
import placeDateline from './place-dateline.js';
import placeDistrict from './place-district.js';
import placeGenitive from './place-genitive.js';
import placeHead from './place-head.js';
import placeHeadlineColon from './place-headline-colon.js';
import placeList from './place-list.js';
import placeNounTown from './place-noun-town.js';
import placeRoad from './place-road.js';
import placeSquare from './place-square.js';
import placeWater from './place-water.js';
import prizeCompound from './prize-compound.js';
import rolePerson from './role-person.js';
import speakerSubject from './speaker-subject.js';
import stormName from './storm-name.js';
import townAdjectiveHead from './town-adjective-head.js';
import workTitle from './work-title.js';

export type { EntityCandidate } from './lib/candidate.js';

/** The entity layer: its rules, sorted by id, and how their candidates become output. */
export const entityLayer: Layer<EntityCandidate, Entity> = {
  name: 'entity',
  rules: [
    acronymDefinition, byline, eventName, gazetteerPlace, nameShape, newsOutlet, newsOutletName,
    orgAcronymBrand, orgAcronymCompound, orgAcronymPlace, orgAcronymRole, orgAcronymSpeaker, orgAdjectiveHead, orgArticleAcronym, orgClubAdjective, orgCompanyCompound, orgCompanyForm, orgEnglishInstitution, orgHeadGenitive, orgHeadlineCompany, orgInstitutionPlace, orgIntroNoun, orgList, orgNamedCompound, orgNounAcronym, orgPartyAdjective, orgPartyAlliance, orgPublisherBracket, orgRegionAdjective, orgSeatOfPower, orgSportsClub, orgStateInstitution, orgTeamNickname, orgTeamTown, orgUniversity,
    personLoneSurname, placeAdjective, placeAirportPair, placeCompassPart, placeContext, placeDateline, placeDistrict, placeGenitive, placeHead, placeHeadlineColon, placeList, placeNounTown, placeRoad, placeSquare, placeWater, prizeCompound, rolePerson, speakerSubject, stormName, townAdjectiveHead, workTitle],
  resolve: (candidates, ctx) => resolveEntities(candidates, ctx),
};
