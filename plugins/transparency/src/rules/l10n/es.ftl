# La extensión `transparency` en español: los textos de cada regla y los mensajes de los
# hallazgos. Las claves, identificadores y valores entre acentos graves no se traducen.
# Glosario: docs/l10n/glossary.md.

plugin-description = Transparencia: presupuestos publicados, intereses declarados, informes públicos, auditoría independiente y financiación de los socios locales.

## transparency.allocations-balance

transparency-allocations-balance =
    .summary = El presupuesto muestra adónde va el dinero: `[budget]` enumera las asignaciones, y su suma coincide con el `total` con un margen del 1 %.
    .rationale =
        Un total sin asignaciones, o unas asignaciones cuya suma no cuadra, oculta quién recibe el
        dinero, y ni los socios ni la comunidad pueden seguirlo. El estándar de la Iniciativa
        Internacional para la Transparencia de la Ayuda (IATI) pide que el presupuesto de una
        actividad se publique junto con las organizaciones que lo reciben, para que el dinero
        pueda seguirse desde el financiador hasta la organización ejecutora. El margen del 1 %
        solo absorbe el redondeo; es una tolerancia propia de Accord, no una cifra de un marco de
        referencia, y es fija. Una carta sin `[budget]` tampoco se cumple: no hay nada que seguir.
    .fix =
        Enumere cada asignación del presupuesto en `[[budget.allocations]]`, de modo que la suma
        de los importes coincida con el `total`. Indique en cada asignación el socio que la
        recibe y, si el dinero pasa antes por otros socios, esos intermediarios en `via`, en orden.
    .example =
        {"["}budget]
        currency = "USD"
        total = 400000
        published = true

        {"[["}budget.allocations]]
        partner = "konbit"
        amount = 300000

        {"[["}budget.allocations]]
        partner = "aquafund"
        amount = 100000

allocations-balance-no-budget = La carta no tiene sección `[budget]`, así que no muestra quién recibe el dinero.
allocations-balance-none = El presupuesto no enumera ninguna asignación, así que nadie puede ver quién recibe sus { $total } { $currency }.
allocations-balance-less = Las asignaciones suman { $sum } { $currency }, { $gap } { $currency } menos que el total del presupuesto, { $total } { $currency } ({ $share } del total); deberían coincidir con él con un margen del 1 %.
allocations-balance-more = Las asignaciones suman { $sum } { $currency }, { $gap } { $currency } más que el total del presupuesto, { $total } { $currency } ({ $share } del total); deberían coincidir con él con un margen del 1 %.
allocations-balance-zero-total = Las asignaciones suman { $sum } { $currency }, { $gap } { $currency } más que el total del presupuesto, { $total } { $currency }; deberían coincidir con él con un margen del 1 %.

## transparency.budget-published

transparency-budget-published =
    .summary = El presupuesto es público: existe una sección `[budget]` que indica `published = true`.
    .rationale =
        Los socios que ocultan adónde va el dinero no pueden rendirse cuentas entre sí ni
        rendirlas a la comunidad a la que sirven. La transparencia es uno de los Principios de
        asociación (Plataforma Humanitaria Mundial, 2007), y el estándar de la Iniciativa
        Internacional para la Transparencia de la Ayuda (IATI) pide a cada actividad que publique
        su presupuesto.
    .fix = Añada una sección `[budget]` con la moneda y el total, publíquela e indique `published = true` (con `published_url`, la dirección donde puede consultarse).
    .example =
        {"["}budget]
        currency = "USD"
        total = 400000
        published = true
        published_url = "https://example.org/lakou-water/budget"

budget-published-no-budget = La carta no tiene sección `[budget]`, así que nadie puede ver adónde va el dinero.
budget-published-not-published = El presupuesto no está publicado.

## transparency.independent-audit

transparency-independent-audit =
    .summary = Las cuentas de la alianza se someten a una auditoría independiente: `[transparency]` indica `audit = "independent"`.
    .rationale =
        Una auditoría a cargo de alguien ajeno a la alianza es la comprobación en la que socios,
        financiadores y comunidad pueden confiar para saber que los recursos se usan según lo
        acordado; una auditoría interna son los socios revisándose a sí mismos. La Norma
        Humanitaria Esencial en materia de calidad y rendición de cuentas (CHS, 2014, revisada en
        2024), compromiso 9, pide que los recursos se gestionen de forma responsable y se rinda
        cuentas de ellos, y el Partnering Toolbook y el Partnering Agreement Scorecard de The
        Partnering Initiative piden a una alianza que acuerde cómo rinde cuentas de sus recursos.
        Una carta que no dice cómo se auditan sus cuentas no cumple la regla.
    .fix =
        Encargue una auditoría financiera a un auditor independiente e indique
        `audit = "independent"` en `[transparency]`. Acuerde en la carta quién nombra al auditor y
        con qué frecuencia, y comparta el informe de auditoría con todos los socios.
    .example =
        {"["}transparency]
        audit = "independent"

independent-audit-no-section = La carta no tiene sección `[transparency]`, así que no dice cómo se auditan las cuentas; se espera una auditoría independiente.
independent-audit-internal = Las cuentas solo se auditan internamente (`audit = "internal"`); se espera una auditoría independiente.
independent-audit-none = Las cuentas no se auditan (`audit = "none"`); se espera una auditoría independiente.
independent-audit-unstated = La carta no dice cómo se auditan las cuentas (`transparency.audit`); se espera una auditoría independiente.

## transparency.interests-declared

transparency-interests-declared =
    .summary = Los intereses de cada socio están sobre la mesa: cada socio indica lo que busca (`seeks`), y `[transparency]` indica `interests_disclosed = true`.
    .rationale =
        Los socios se suman por sus propias razones (un mercado, evidencia, visibilidad, un
        mandato), y los intereses no declarados se convierten en desconfianza y en conflictos de
        intereses ocultos. La transparencia es uno de los Principios de asociación (Plataforma
        Humanitaria Mundial, 2007), y el Partnering Toolbook y el Partnering Agreement Scorecard
        de The Partnering Initiative piden a una alianza que deje constancia de los objetivos de
        cada socio, no solo de los comunes. Cada socio sin `seeks` es un hallazgo aparte, igual
        que un `interests_disclosed` ausente o falso.
    .fix =
        Escriba en el `seeks` de cada socio lo que ese socio espera de la alianza, e indique
        `interests_disclosed = true` en `[transparency]` una vez que los socios se hayan declarado
        mutuamente sus intereses y conflictos de intereses. Revise ambos cuando cambie la
        situación de un socio.
    .example =
        {"[["}partners]]
        id = "konbit"
        name = "Konbit Dlo"
        sector = "community"
        base = "local"
        roles = ["implementing"]
        seeks = "Que los puntos de agua sean duraderamente suyos"

        {"["}transparency]
        interests_disclosed = true

interests-declared-no-seeks = El socio { $partner } (`{ $id }`) no indica lo que busca en la alianza (`seeks`).
interests-declared-false = La carta indica que los socios no han declarado sus intereses ni sus conflictos de intereses (`interests_disclosed = false`).
interests-declared-no-section = La carta no tiene sección `[transparency]`, así que no dice si los socios han declarado sus intereses y conflictos de intereses.
interests-declared-unstated = La carta no dice si los socios han declarado sus intereses y conflictos de intereses (`transparency.interests_disclosed`).

## transparency.local-funding-share

transparency-local-funding-share =
    .summary = Al menos el 25 % del presupuesto (por defecto) va a los socios locales, directamente o a través de un intermediario como máximo.
    .rationale =
        Las organizaciones locales y nacionales hacen la mayor parte del trabajo y se quedan
        cuando los socios externos se van, pero suelen recibir una pequeña fracción del dinero, y
        lo que les llega a través de una cadena de intermediarios llega tarde y mermado. El Gran
        Pacto (Grand Bargain, 2016), en su línea de trabajo sobre localización, compromete a sus
        signatarios a destinar al menos el 25 % de la financiación humanitaria a los actores
        locales y nacionales de la forma más directa posible, contando el dinero que pasa por un
        intermediario como máximo; la Carta por el Cambio (Charter4Change, 2015, actualizada en
        2019), compromiso 1, fija el mismo 25 % para las ONG locales y nacionales. Ese 25 % es su
        cifra; un perfil puede cambiarla con la opción `min_local_funding_share`. Un socio cuenta
        como local cuando tiene su base en el lugar o en el país y no está afiliado a una
        organización internacional. La proporción se calcula sobre `budget.total`; sin
        presupuesto, o con un total de 0, la regla no se aplica.
    .fix =
        Asigne al menos el 25 % del presupuesto (o la proporción que fije su perfil) a los socios
        locales, directamente o a través de un solo intermediario como máximo. Registre cada
        asignación en `[[budget.allocations]]` con el socio que la recibe y los intermediarios en
        `via`; cuando el dinero pase por dos intermediarios o más, canalícelo de forma más directa.
    .example =
        {"["}budget]
        currency = "USD"
        total = 400000
        published = true

        {"[["}budget.allocations]]
        partner = "konbit"
        amount = 300000

        {"[["}budget.allocations]]
        partner = "aquafund"
        amount = 100000

local-funding-share-below = Los socios locales reciben el { $share } del presupuesto ({ $local } de { $total } { $currency }), por debajo de la meta del { $target }.
local-funding-share-too-indirect = Otros { $indirect } { $currency } llegan a los socios locales a través de dos intermediarios o más y no se cuentan.
local-funding-share-no-allocations = El presupuesto no enumera ninguna asignación.

## transparency.local-share-published

transparency-local-share-published =
    .summary = La alianza publica qué parte de su financiación llega a los socios locales y nacionales: `[transparency]` indica `local_share_published = true`.
    .rationale =
        Una meta de localización significa poco si nadie puede ver si se cumple. La Carta por el
        Cambio (Charter4Change, 2015, actualizada en 2019), compromiso 3, pide a sus signatarios
        que publiquen el importe y la proporción de su financiación que transfieren a
        organizaciones locales y nacionales, para que socios y comunidad puedan exigirles cuentas.
        Una carta que no lo indica no cumple la regla.
    .fix =
        Publique el importe y la proporción del presupuesto que llegan a los socios locales y
        nacionales, e indique `local_share_published = true` en `[transparency]`. Publíquelos con
        el presupuesto y actualícelos cuando cambien las asignaciones.
    .example =
        {"["}transparency]
        local_share_published = true

local-share-published-no-section = La carta no tiene sección `[transparency]`, así que no dice si se publican el importe y la proporción de la financiación que llegan a los socios locales.
local-share-published-false = El importe y la proporción de la financiación que llegan a los socios locales no se publican (`local_share_published = false`).
local-share-published-unstated = La carta no dice si se publican el importe y la proporción de la financiación que llegan a los socios locales (`transparency.local_share_published`).

## transparency.open-data

transparency-open-data =
    .summary = La alianza publica sus datos en abierto: `[transparency]` nombra en `open_data` el estándar de datos abiertos que usa (por ejemplo, el estándar IATI).
    .rationale =
        Los datos publicados según un estándar común pueden compararse, verificarse y
        reutilizarse por cualquiera, incluida la comunidad y otros actores que trabajan en el
        mismo lugar, sin tener que pedírselos a los socios. El Gran Pacto (Grand Bargain, 2016)
        compromete a sus signatarios a publicar datos abiertos oportunos, transparentes y
        armonizados sobre su financiación, según el estándar de la Iniciativa Internacional para
        la Transparencia de la Ayuda (IATI), y la Carta por el Cambio (Charter4Change, 2015,
        actualizada en 2019), compromiso 3, pide que se publique la financiación transferida a los
        socios locales. Una carta que no nombra ningún estándar no cumple la regla.
    .fix =
        Publique los datos de actividad y de financiación de la alianza según un estándar de
        datos abiertos y nómbrelo en `open_data`, en `[transparency]` (por ejemplo,
        `open_data = "IATI"`). Publíquelos donde socios y comunidad puedan encontrarlos, y
        manténgalos actualizados.
    .example =
        {"["}transparency]
        open_data = "IATI"

open-data-no-section = La carta no tiene sección `[transparency]`, así que no nombra ningún estándar de datos abiertos (como el estándar IATI) para publicar los datos de la alianza.
open-data-unstated = La carta no nombra ningún estándar de datos abiertos (`transparency.open_data`, como el estándar IATI) para publicar los datos de la alianza.

## transparency.public-reporting

transparency-public-reporting =
    .summary = Los avances se informan en público y con suficiente frecuencia: `[transparency]` indica `public_reports = true` y `report_every_months` es como máximo 6 (por defecto).
    .rationale =
        Los informes que no salen de la alianza, o que llegan una vez al año, impiden que la
        comunidad y los socios vean los problemas mientras aún hay tiempo de actuar. La
        transparencia es uno de los Principios de asociación (Plataforma Humanitaria Mundial,
        2007), y el estándar de la Iniciativa Internacional para la Transparencia de la Ayuda
        (IATI) pide que los datos de actividad, incluidos los resultados, se publiquen y se
        mantengan actualizados. El intervalo de 6 meses es un valor por defecto propio de Accord,
        no una cifra de un marco de referencia; un perfil puede cambiarlo con la opción
        `max_report_interval_months`. Una carta que no dice si los informes son públicos, o con
        qué frecuencia se publican, no cumple la regla.
    .fix =
        Publique informes de avance al menos cada 6 meses y regístrelo en `[transparency]` con
        `public_reports = true` y `report_every_months`. Compártalos con la comunidad en un
        formato y un idioma que pueda usar, no solo con los financiadores.
    .example =
        {"["}transparency]
        public_reports = true
        report_every_months = 6

public-reporting-no-section = La carta no tiene sección `[transparency]`, así que no se compromete a publicar informes de avance.
public-reporting-not-public = Los informes de avance no se publican (`public_reports = false`).
public-reporting-unstated = La carta no dice si los informes de avance se publican (`transparency.public_reports`).
public-reporting-no-interval = La carta no dice con qué frecuencia se informa de los avances (`report_every_months`); debería haber un informe al menos { $max ->
        [one] cada mes
       *[other] cada { $max } meses
    }.
public-reporting-too-rare = Se informa de los avances { $months ->
        [one] cada mes
       *[other] cada { $months } meses
    }; debería haber un informe al menos { $max ->
        [one] cada mes
       *[other] cada { $max } meses
    }.
