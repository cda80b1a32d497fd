-- Version 1 of the reason catalogue: BBS-lagen (1998:112) 5 § as extended by SFS 2017:1137 from 2018-01-01 (olaga hot
-- and olaga integritetsintrång added), sekretess under OSL, and the grounds an authority publishes as its own rules.
-- Legal references follow the domain brief §11.3 table; later law changes are published as new versions via the API.
insert into reason_catalogue (version, valid_from, valid_to, note, published_by, published_at)
values (1, date '2018-01-01', null,
        'BBS-lagen 5 § i lydelse från 2018-01-01 (SFS 2017:1137), sekretess enligt OSL och egen publicerad policy.',
        'migration', now());

insert into reason (catalogue_version, code, reason_group, legal_reference, title_sv, description_sv,
                    special_evidence_handling, motivation_required)
values
    (1, 'BBS_OLAGA_HOT', 'STATUTORY', 'BBS-lagen 5 § 1 a; BrB 4 kap. 5 §', 'Olaga hot',
     'Meddelandet är uppenbart ett olaga hot och ska tas bort eller hindras från vidare spridning.', false, false),
    (1, 'BBS_OLAGA_INTEGRITETSINTRANG', 'STATUTORY', 'BBS-lagen 5 § 1 b; BrB 4 kap. 6 c §',
     'Olaga integritetsintrång',
     'Meddelandet är uppenbart ett olaga integritetsintrång, t.ex. spridning av bilder eller uppgifter om någons '
         || 'sexualliv, hälsa eller i en utsatt situation.', false, false),
    (1, 'BBS_UPPVIGLING', 'STATUTORY', 'BBS-lagen 5 § 1 c; BrB 16 kap. 5 §', 'Uppvigling',
     'Meddelandet uppmanar uppenbart till brottslig gärning, svikt i medborgerlig skyldighet eller olydnad mot '
         || 'myndighet.', false, false),
    (1, 'BBS_HETS_MOT_FOLKGRUPP', 'STATUTORY', 'BBS-lagen 5 § 1 d; BrB 16 kap. 8 §', 'Hets mot folkgrupp',
     'Meddelandet hotar eller uttrycker uppenbart missaktning för en folkgrupp eller annan sådan grupp.', false,
     false),
    (1, 'BBS_BARNPORNOGRAFIBROTT', 'STATUTORY', 'BBS-lagen 5 § 1 e; BrB 16 kap. 10 a §', 'Barnpornografibrott',
     'Meddelandet innehåller uppenbart barnpornografi. Bild och video sparas inte, endast metadata; '
         || 'polisanmälan ska övervägas.', true, false),
    (1, 'BBS_OLAGA_VALDSSKILDRING', 'STATUTORY', 'BBS-lagen 5 § 1 f; BrB 16 kap. 10 c §', 'Olaga våldsskildring',
     'Meddelandet är uppenbart en olaga våldsskildring. (Före 2010 var bestämmelsen BrB 16 kap. 10 b §.)', false,
     false),
    (1, 'BBS_OFFENTLIG_UPPMANING_TERROR', 'STATUTORY', 'BBS-lagen 5 § 1 g; lag (2010:299) 3 §',
     'Offentlig uppmaning till terroristbrott',
     'Meddelandet är uppenbart en offentlig uppmaning till terroristbrott eller annan särskilt allvarlig '
         || 'brottslighet. Lag (2010:299) ersattes 2022-07-01 av terroristbrottslagen (2022:666); om 5 § 1 g har '
         || 'fått ny hänvisning är inte kontrollerat.', false, false),
    (1, 'BBS_UPPHOVSRATT', 'STATUTORY', 'BBS-lagen 5 § 2; upphovsrättslagen (1960:729) incl. 5 kap.',
     'Intrång i upphovsrätt eller närstående rättighet',
     'Användaren har uppenbart gjort intrång i upphovsrätt eller i en rättighet enligt 5 kap. upphovsrättslagen.',
     false, false),
    (1, 'SEKRETESS', 'SECRECY', 'OSL (provision to be stated)', 'Sekretessbelagda uppgifter',
     'Meddelandet innehåller uppgifter som omfattas av sekretess. Ange bestämmelsen i OSL i beslutet; '
         || 'handlingen ska registreras.', false, false),
    (1, 'PERSONUPPGIFTER_INTEGRITET', 'POLICY', 'GDPR/own policy', 'Integritetskränkande personuppgifter',
     'Meddelandet innehåller personuppgifter som kränker någons personliga integritet.', false, false),
    (1, 'PERSONANGREPP', 'POLICY', 'own published policy', 'Personangrepp',
     'Meddelandet angriper en person i strid med kanalens publicerade regler.', false, false),
    (1, 'SPAM_REKLAM', 'POLICY', 'own published policy', 'Spam och reklam',
     'Meddelandet är spam eller reklam i strid med kanalens publicerade regler.', false, false),
    (1, 'EJ_RELEVANT', 'POLICY', 'own published policy', 'Ej relevant för kanalen',
     'Meddelandet hör inte till kanalens ämne enligt dess publicerade regler.', false, false),
    (1, 'OVRIGT', 'POLICY', 'own published policy', 'Övrigt',
     'Annat skäl enligt kanalens publicerade regler. Motiveringen måste förklara skälet.', false, true);
