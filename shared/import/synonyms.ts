/**
 * Header synonyms per canonical field, in English, French, German, Spanish, Portuguese and
 * Greek (folded: lower case, no accents). Data file: exempt from the size rule.
 *
 * Matching (see match-header.ts): a synonym equal to the whole label or to its last segment
 * scores highest; a synonym whose words all occur in the label scores less the more other words
 * the label has. `=x` matches only a last segment that is exactly `x` (single letters C/I/A).
 * `requires`: one of these words must occur; `excludes`: none may occur (a word matches a marker
 * when equal to it or, for markers of 4+ letters, when it starts with it: German compounds).
 */
import type { ImportKind } from './types';

export type FieldSpec = {
  readonly key: string;
  readonly syn: readonly string[];
  readonly requires?: readonly string[];
  readonly excludes?: readonly string[];
  /** Words that make a column a worse candidate (`Risk Rating (Icon)` for a text rating). */
  readonly avoid?: readonly string[];
};

/** Words that mark a residual (after treatment) column. */
export const RESIDUAL = ['residual', 'residuel', 'residuelle', 'rest', 'restrisiko', 'after', 'post', 'nach', 'apres', 'despues', 'depois', 'apos', 'μετα', 'target', 'net'];

const LIKELIHOOD = ['likelihood', 'probability', 'possibility', 'possibility of occurrence', 'frequency', 'probabilite', 'vraisemblance', 'wahrscheinlichkeit', 'eintrittswahrscheinlichkeit', 'probabilidad', 'probabilidade', 'πιθανοτητα', 'occurrence', '=l'];
const IMPACT = ['impact', 'impact level', 'max impact', 'maximum impact', 'consequence', 'severity', 'gravite', 'auswirkung', 'maximale auswirkung', 'schadensausmass', 'impacto', 'severidad', 'gravidade', 'επιπτωση', 'σοβαροτητα', 'συνεπειεσ'];
const SCORE = ['risk score', 'score', 'risk value', 'risk level', 'level of risk', 'raw risk level', 'niveau de risque', 'criticite', 'risikowert', 'risiko', 'nivel de riesgo', 'nivel de risco', 'nivel do risco', 'valor del riesgo', 'επικινδυνοτητα', 'κινδυνοσ', 'βαθμοσ κινδυνου'];
const RATING = ['risk rating', 'rating', 'risk level', 'risk rating text', 'risikolevel', 'risikostufe', 'risikoniveau', 'classification du risque', 'clasificacion', 'classificacao', 'επιπεδο κινδυνου'];

export const FIELD_SPECS: Readonly<Record<Exclude<ImportKind, 'other'>, readonly FieldSpec[]>> = {
  risks: [
    { key: 'id', syn: ['risk id', 'id', 'nº', 'risk no', 'risk number', 'risk ref', 'ref', 'no', 'nr', 'n', '#', 'identifiant', 'n du risque', 'risiko id', 'risiko nr', 'nummer', 'id del riesgo', 'id do risco', 'numero', 'α α', 'αα', 'κωδικοσ'] },
    { key: 'title', syn: ['risk title', 'title', 'risk name', 'titre', 'risikotitel', 'titel', 'titulo', 'τιτλοσ'] },
    { key: 'assetIds', syn: ['asset', 'asset id', 'asset ids', 'information asset', 'asset area', 'asset process', 'asset name', 'actif', 'actif informationnel', 'bien', 'asset prozess', 'vermogenswert', 'activo', 'ativo', 'περιουσιακο στοιχειο', 'αγαθο'] },
    { key: 'threat', syn: ['threat', 'threats', 'known or suspected threats', 'threat source', 'menace', 'menaces', 'bedrohung', 'gefahrdung', 'amenaza', 'ameaca', 'identificacao do risco', 'απειλη'], excludes: ['value', 'matrix', 'probability', 'impact'] },
    { key: 'vulnerability', syn: ['vulnerability', 'vulnerabilities', 'known or suspected vulnerabilities', 'weakness', 'vulnerabilite', 'schwachstelle', 'vulnerabilidad', 'vulnerabilidade', 'τρωτο σημειο', 'ευπαθεια'], excludes: ['value', 'matrix'] },
    { key: 'description', syn: ['description', 'risk description', 'risk scenario', 'scenario', 'beschreibung', 'risikobeschreibung', 'descripcion', 'descricao', 'cenario de risco', 'scenario de risque', 'περιγραφη', 'σεναριο'] },
    { key: 'owner', syn: ['risk owner', 'owner', 'proprietaire', 'proprietaire du risque', 'responsable', 'eigentumer', 'risikoeigentumer', 'verantwortlich', 'propietario', 'responsavel', 'dono do risco', 'ιδιοκτητησ', 'υπευθυνοσ'], excludes: ['action', 'escalation'] },
    { key: 'likelihood', syn: LIKELIHOOD, excludes: RESIDUAL },
    { key: 'impact', syn: IMPACT, excludes: [...RESIDUAL, 'financial', 'operational', 'reputational', 'legal', 'health', 'finanziell', 'operativ', 'reputation', 'recht', 'personen'] },
    { key: 'inherentScore', syn: [...SCORE, 'inherent risk score', 'inherent score', 'risk score inherent', 'inharenter wert'], excludes: [...RESIDUAL, 'appetite', 'matrix', 'acceptance', 'id', 'number', 'owner', 'description', 'treatment'], avoid: ['level', 'rating', 'text', 'icon', 'niveau', 'nivel'] },
    { key: 'inherentRating', syn: [...RATING, 'inherent risk level', 'inherent level', 'inherent rating', 'inharentes risikolevel'], excludes: [...RESIDUAL, 'appetite', 'matrix', 'acceptance', 'score', 'id', 'owner'], avoid: ['numeric', 'icon'] },
    { key: 'existingControls', syn: ['existing controls', 'controls in place', 'control s in place', 'current controls', 'key information security controls in effect', 'mesures existantes', 'vorhandene kontrollen', 'bestehende massnahmen', 'controles existentes', 'controlos existentes', 'υφισταμενα μετρα'] },
    { key: 'treatment', syn: ['treatment', 'treatment option', 'risk treatment', 'treatment decision', 'decision', 'response', 'traitement', 'option de traitement', 'behandlung', 'behandlungsentscheidung', 'behandlungsoption', 'tratamiento', 'tratamento', 'tratamento do risco', 'διαχειριση κινδυνου', 'αντιμετωπιση'], excludes: ['plan', 'owner', 'due'] },
    { key: 'treatmentPlan', syn: ['treatment plan', 'mitigation', 'mitigation plan', 'action plan', 'actions', 'planned controls', 'plan de traitement', 'massnahmenplan', 'massnahmen', 'plan de tratamiento', 'plano de tratamento', 'σχεδιο αντιμετωπισησ'] },
    { key: 'controls', syn: ['annex a controls', 'controls', 'control', 'related controls', 'related control s', 'control s', 'iso controls', 'mesures annexe a', 'controles', 'kontrollen', 'controlos', 'μετρα'], excludes: ['existing', 'place', 'current', 'vorhandene', 'existentes', 'owner', 'effect'] },
    { key: 'actionOwner', syn: ['action owner', 'treatment owner', 'responsible', 'responsable action', 'massnahmenverantwortlicher'] },
    { key: 'dueDate', syn: ['due date', 'target date', 'deadline', 'echeance', 'date cible', 'frist', 'fecha limite', 'prazo', 'προθεσμια'] },
    { key: 'status', syn: ['status', 'risk status', 'statut', 'etat', 'estado', 'situacao', 'κατασταση'], excludes: ['escalation', 'implementation'] },
    { key: 'residualLikelihood', syn: [...LIKELIHOOD, 'residual likelihood', 'restwahrscheinlichkeit'], requires: RESIDUAL },
    { key: 'residualImpact', syn: [...IMPACT, 'residual impact', 'residual max impact', 'restmaximale auswirkung'], requires: RESIDUAL },
    { key: 'residualScore', syn: [...SCORE, 'residual score', 'residual risk score', 'restrisikowert'], requires: RESIDUAL, excludes: ['appetite', 'rating'], avoid: ['level', 'text', 'icon'] },
    { key: 'residualRating', syn: [...RATING, 'residual risk', 'residual level', 'residual rating', 'restrisikolevel'], requires: RESIDUAL, excludes: ['appetite', 'score', 'likelihood', 'impact'], avoid: ['numeric', 'icon'] },
    { key: 'acceptedBy', syn: ['accepted by', 'risk accepted by', 'acceptance by', 'accepte par', 'akzeptiert von', 'aceptado por', 'aceite por'] },
    { key: 'acceptanceDate', syn: ['acceptance date', 'date of acceptance', 'date d acceptation', 'akzeptanzdatum', 'fecha de aceptacion'] },
    { key: 'lastReviewed', syn: ['last reviewed', 'last review', 'date of last review', 'derniere revue', 'letzte prufung', 'ultima revision', 'ultima revisao'] },
  ],
  soa: [
    { key: 'id', syn: ['control id', 'control ref', 'control no', 'control number', 'ref', 'id', 'no', 'nr', 'reference', 'sec', 'clause', 'kontroll id', 'n', 'numero', 'controlo', 'ελεγχοσ'], excludes: ['name', 'title', 'description', 'owner', 'implemented', 'status'] },
    { key: 'title', syn: ['control title', 'control name', 'control', 'title', 'name', 'control objective control', 'mesure de securite', 'mesure du controle', 'mesure', 'intitule', 'kontrollname', 'massnahme', 'titel', 'controlo', 'titulo', 'nome', 'nombre', 'τιτλοσ'], excludes: ['id', 'no', 'ref', 'owner', 'number', 'implemented', 'status', 'category', 'applicable'] },
    { key: 'theme', syn: ['theme', 'category', 'control category', 'domain', 'bereich', 'thema', 'dominio', 'categoria', 'θεμα'] },
    { key: 'applicable', syn: ['applicable', 'applicability', 'applicable y n', 'is applicable', 'included', 'selected', 'applicabilite', 'anwendbar', 'anwendbarkeit', 'aplicable', 'aplicabilidad', 'aplicavel', 'aplicabilidade', 'εφαρμοζεται', 'εφαρμοσιμο'], excludes: ['justification', 'reason', 'reasons'] },
    { key: 'reasons', syn: ['reasons for selection', 'selected controls and reasons for selection', 'reason for selection', 'λογοι επιλογησ ελεγχου', 'λογοι επιλογησ', 'raisons de la selection', 'auswahlgrunde'] },
    { key: 'justification', syn: ['justification', 'justification for inclusion exclusion', 'reason for inclusion exclusion', 'remarks justification for exclusion', 'rationale', 'reason', 'begrundung', 'justificacion', 'justificacao', 'justificativa', 'λογοι εξαιρεσησ ελεγχου', 'λογοι εξαιρεσησ', 'αιτιολογηση'], excludes: ['selection'] },
    { key: 'status', syn: ['implementation status', 'status', 'implemented', 'is control implemented or not', 'control implementation status', 'control implentation status', 'current controls', 'mise en place', 'en place', 'statut', 'etat de mise en oeuvre', 'umsetzungsstatus', 'umgesetzt', 'estado', 'estado de implementacion', 'estado de implementacao', 'implementado', 'κατασταση', 'κατασταση υλοποιησησ'] },
    { key: 'howImplemented', syn: ['how implemented', 'implementation description', 'implementation', 'remarks overview of implementation', 'implementation details', 'comment', 'comments', 'description de la mise en oeuvre', 'umsetzungsbeschreibung', 'implementacao', 'implementacion', 'descripcion', 'περιγραφη υλοποιησησ σχολια', 'περιγραφη υλοποιησησ'], excludes: ['status'] },
    { key: 'evidence', syn: ['evidence', 'evidence notes', 'reference', 'references', 'documented information', 'preuve', 'preuves', 'nachweis', 'referenz', 'evidencia', 'evidencias', 'informacao documentada', 'τεκμηρια'] },
    { key: 'owner', syn: ['control owner', 'owner', 'responsible', 'responsable', 'responsable du maintient de la mesure', 'verantwortlich', 'eigentumer', 'responsavel', 'propietario', 'υπευθυνοσ'] },
    { key: 'linkedRisks', syn: ['linked risks', 'related risks', 'risks', 'risques', 'risiken', 'riesgos', 'riscos', 'κινδυνοι'] },
    { key: 'lastReviewed', syn: ['last reviewed', 'review date', 'derniere revue', 'letzte prufung'] },
  ],
  assets: [
    { key: 'id', syn: ['asset id', 'id', 'nº', 'no', 'nr', 'n', '#', 'ref', 'reference', 'identifiant', 'numero', 'αα', 'κωδικοσ'] },
    { key: 'name', syn: ['asset name', 'asset', 'name', 'asset title', 'information asset', 'actif informationnel', 'actif', 'nom', 'bezeichnung', 'name des assets', 'nombre', 'activo', 'ativo', 'identificacao', 'περιουσιακο στοιχειο', 'ονομα'], excludes: ['id', 'owner', 'type'] },
    { key: 'type', syn: ['type', 'asset type', 'category', 'typ', 'kategorie', 'tipo', 'categorie', 'τυποσ', 'κατηγορια'] },
    { key: 'owner', syn: ['owner', 'asset owner', 'proprietaire', 'responsable', 'eigentumer', 'verantwortlich', 'propietario', 'responsavel', 'ιδιοκτητησ', 'υπευθυνοσ'] },
    { key: 'location', syn: ['location', 'emplacement', 'localisation', 'standort', 'ubicacion', 'localizacao', 'τοποθεσια'] },
    { key: 'classification', syn: ['classification', 'information classification', 'klassifizierung', 'einstufung', 'clasificacion', 'classificacao', 'ταξινομηση', 'διαβαθμιση'] },
    { key: 'confidentiality', syn: ['confidentiality', '=c', 'confidentialite', 'vertraulichkeit', 'confidencialidad', 'confidencialidade', 'εμπιστευτικοτητα'] },
    { key: 'integrity', syn: ['integrity', '=i', 'integrite', 'integritat', 'integridad', 'integridade', 'ακεραιοτητα'] },
    { key: 'availability', syn: ['availability', '=a', '=d', 'disponibilite', 'verfugbarkeit', 'disponibilidad', 'disponibilidade', 'διαθεσιμοτητα'] },
  ],
  clauses: [
    { key: 'id', syn: ['clause', 'sub clause', 'clause no', 'clause number', 'requirement id', 'article', 'chapitre', 'kapitel', 'abschnitt', 'clausula', 'ρητρα'], excludes: ['title', 'status'] },
    { key: 'title', syn: ['title', 'clause title', 'requirement', 'exigence', 'anforderung', 'requisito', 'απαιτηση'], excludes: ['needed', 'id'] },
    { key: 'status', syn: ['status', 'conformance', 'compliance', 'compliant', 'evidence status', 'conformite', 'statut', 'konformitat', 'cumplimiento', 'conformidade', 'estado', 'συμμορφωση'], excludes: ['needed'] },
    { key: 'evidence', syn: ['evidence', 'documented information', 'document', 'documented information evidence', 'preuve', 'nachweis', 'evidencia', 'τεκμηρια'], excludes: ['needed', 'required', 'status'] },
    { key: 'owner', syn: ['owner', 'responsible', 'responsable', 'verantwortlich', 'responsavel', 'υπευθυνοσ'] },
    { key: 'notes', syn: ['notes', 'findings recommendations', 'findings', 'comments', 'remarks', 'recommendation', 'observations', 'bemerkungen', 'notas', 'σχολια'] },
  ],
};
