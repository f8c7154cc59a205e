# La extensión `humility` en español: los textos de cada regla y los mensajes de los
# hallazgos. Las claves, identificadores y valores entre acentos graves no se traducen.
# Glosario: docs/l10n/glossary.md.

plugin-description = Humildad: consultar a la comunidad antes de diseñar, ninguna solución decidida de antemano, socios locales en el diseño y la gobernanza, retroalimentación, quejas, lenguas locales y contexto.

## humility.community-in-governance

humility-community-in-governance =
    .summary = La comunidad a la que se sirve tiene asiento en el órgano de gobierno: `governance.community_seats` es al menos 1.
    .rationale =
        Las decisiones sobre una comunidad tomadas sin ella repiten el patrón que la alianza
        debería romper. La igualdad es uno de los Principios de asociación (Plataforma
        Humanitaria Mundial, 2007); la Carta por el Cambio (Charter4Change, 2015, actualizada en
        2019), compromiso 6, pide igualdad en la toma de decisiones en lugar de una mera
        subcontratación; y las sesiones de la conferencia Net Impact 2010 sobre colaboración
        intersectorial (Smith) ven en la población local a los principales agentes del cambio.
        Al menos un asiento es el mínimo que pide esta regla.
    .fix =
        Dé al menos un asiento en el órgano de gobierno a personas de la comunidad a la que se
        sirve y regístrelo en `community_seats`, en `[governance]`. Indique cómo se eligen esas
        personas, y fije `total_seats` para que se vea su peso en el órgano.
    .example =
        {"["}governance]
        decision_making = "consensus"
        total_seats = 7
        community_seats = 3

community-in-governance-no-section = La carta no tiene sección `[governance]`, así que nada da a la comunidad un asiento en el órgano de gobierno.
community-in-governance-unstated = La sección de gobernanza no dice cuántos asientos tiene la comunidad en el órgano de gobierno (`community_seats`).
community-in-governance-too-few = La comunidad tiene { $seats } asientos en el órgano de gobierno; debería tener al menos { $least }.
community-in-governance-too-few-of-total = La comunidad tiene { $seats } asientos de { $total } en el órgano de gobierno; debería tener al menos { $least }.

## humility.complaints-mechanism

humility-complaints-mechanism =
    .summary = La comunidad puede presentar quejas y recibe respuesta a tiempo: `[listening.complaints]` indica `exists = true` y un `response_days` de 30 como máximo (por defecto).
    .rationale =
        Las personas que no pueden presentar una queja con seguridad, o que nunca reciben
        respuesta, dejan de contar a los socios lo que va mal, incluidos los abusos y el fraude.
        La Norma Humanitaria Esencial en materia de calidad y rendición de cuentas (CHS, 2014,
        revisada en 2024), compromiso 5, pide que las quejas sean bien recibidas y gestionadas.
        Esta regla pide una respuesta en 30 días, y ese umbral es un valor por defecto propio de
        Accord, no una cifra de un marco de referencia; un perfil puede cambiarlo con la opción
        `max_complaint_response_days`. Un mecanismo que no fija ningún plazo de respuesta no
        cumple la regla: sin plazo, nadie puede saber si las quejas se responden.
    .fix =
        Establezca un mecanismo de quejas y regístrelo en `[listening.complaints]` con
        `exists = true` y el número de días en que se responde a cada queja (`response_days`,
        30 como máximo por defecto). Diséñelo con la comunidad, y acepte quejas anónimas para que
        cualquiera pueda denunciar abusos con seguridad.
    .example =
        {"["}listening]
        solution_predetermined = false

        {"["}listening.complaints]
        exists = true
        anonymous = true
        response_days = 14
        designed_with_community = true

complaints-mechanism-none = La carta no describe ningún mecanismo de quejas (`[listening.complaints]`), así que la comunidad no tiene una forma segura de presentar quejas.
complaints-mechanism-not-exists = La carta indica que no hay mecanismo de quejas (`exists = false`).
complaints-mechanism-no-response-time = El mecanismo de quejas no fija ningún plazo de respuesta (`response_days`); las quejas deberían responderse en { $max } días como máximo.
complaints-mechanism-too-slow = Las quejas se responden en { $days } días, más que el máximo de { $max } días.

## humility.consulted-before-design

humility-consulted-before-design =
    .summary = Se escuchó a la comunidad antes de diseñar el trabajo: al menos una consulta indica `before_design = true` y tiene uno o más participantes.
    .rationale =
        Los actores externos que primero diseñan y después consultan piden a la gente que apruebe
        un plan, no que le dé forma. La Norma Humanitaria Esencial en materia de calidad y
        rendición de cuentas (CHS, 2014, revisada en 2024), compromiso 4, pide que las
        comunidades participen en las decisiones que las afectan; la «revolución de la
        participación» del Gran Pacto (Grand Bargain, 2016) pide que las personas a las que se
        sirve den forma a la respuesta; y las sesiones de la conferencia Net Impact 2010 sobre
        colaboración intersectorial (Smith) aconsejan escuchar antes de diseñar. Una consulta sin
        participantes no cuenta.
    .fix =
        Celebre al menos una consulta con la comunidad antes de elegir la solución y regístrela
        en `[[listening.consultations]]` con `before_design = true` y su número de participantes
        (`participants`). Indique cuándo tuvo lugar, de qué forma (`method`) y en qué lengua
        (`language`), para que se vea qué voces dieron forma al diseño.
    .example =
        {"["}listening]
        solution_predetermined = false

        {"[["}listening.consultations]]
        date = 2010-11-15
        method = "community-meeting"
        participants = 85
        language = "ht"
        before_design = true

consulted-before-design-none = La carta no registra ninguna consulta con la comunidad, así que nada muestra que se la escuchara antes de diseñar el trabajo.
consulted-before-design-not-before = No se celebró ninguna consulta con la comunidad antes del diseño ({ $count } { $count ->
        [one] registrada
       *[other] registradas
    }: { $kinds }).
consulted-before-design-after = { $count ->
        [one] { $count } celebrada después del diseño
       *[other] { $count } celebradas después del diseño
    }
consulted-before-design-empty = { $count ->
        [one] { $count } celebrada antes, sin participantes
       *[other] { $count } celebradas antes, sin participantes
    }

## humility.context-assessed

humility-context-assessed =
    .summary = Se entendió el lugar antes de actuar en él: `[context]` describe su historia (`history`), su situación política (`political`) y normativa (`regulatory`) y su cultura (`culture`).
    .rationale =
        Las alianzas que ignoran lo que ocurrió antes, quién tiene el poder, qué leyes se aplican
        y cómo vive la gente repiten fracasos pasados y son fáciles de capturar. Las sesiones de
        la conferencia Net Impact 2010 sobre colaboración intersectorial (Smith) piden a los
        socios conocer el contexto histórico, político, cultural y normativo antes de diseñar; la
        Norma Humanitaria Esencial en materia de calidad y rendición de cuentas (CHS, 2014,
        revisada en 2024), compromiso 1, pide que la respuesta sea adecuada y pertinente para su
        contexto. Cada descripción que falta es un hallazgo aparte.
    .fix =
        Redacte con la comunidad y los socios locales un breve análisis del contexto en
        `[context]` que cubra `history`, `political`, `regulatory` y `culture`. Anote los
        proyectos anteriores y por qué tuvieron éxito o fracasaron, quién tiene el poder en el
        lugar, las leyes y permisos aplicables, y las costumbres que condicionan la
        participación; registre `analysis_date`.
    .example =
        {"["}context]
        history = "Los puntos de agua construidos por tres proyectos anteriores se deterioraron cuando se acabó su financiación."
        political = "Los comités de barrio son respetados; el municipio tiene poca presencia."
        regulatory = "La DINEPA otorga las licencias a los operadores de puntos de agua y fija las tarifas."
        culture = "Acarrear el agua es sobre todo trabajo de las mujeres; las reuniones se celebran los domingos después del culto."
        languages = ["ht", "fr"]
        analysis_date = 2010-10-01

context-assessed-no-section = La carta no tiene sección `[context]`, así que no describe { $key ->
        [history] la historia del lugar
        [political] la situación política
        [regulatory] las leyes y normas aplicables
       *[culture] la cultura local
    } (`context.{ $key }`).
context-assessed-missing = El análisis del contexto no describe { $key ->
        [history] la historia del lugar
        [political] la situación política
        [regulatory] las leyes y normas aplicables
       *[culture] la cultura local
    } (`context.{ $key }`).

## humility.feedback-loop

humility-feedback-loop =
    .summary = La comunidad puede dar su opinión y esta cambia los planes: `[listening]` enumera al menos un canal de retroalimentación y describe la adaptación (`adaptation`) que produce.
    .rationale =
        Escuchar una vez, al principio, no basta: la gente debe poder decir lo que no funciona, y
        su palabra debe cambiar lo que ocurre. La Norma Humanitaria Esencial en materia de
        calidad y rendición de cuentas (CHS, 2014, revisada en 2024) pide comunicación,
        participación y retroalimentación continuas (compromiso 4) y aprendizaje y mejora
        continuos (compromiso 7); la «revolución de la participación» del Gran Pacto (Grand
        Bargain, 2016) pide que la retroalimentación se traduzca en medidas correctivas. Un canal
        al que nadie responde no cumple la segunda mitad de esta regla.
    .fix =
        Enumere en `listening.feedback_channels` las vías por las que la comunidad puede dar su
        opinión, y describa en `listening.adaptation` cómo cambian los planes en consecuencia.
        Indique quién lee esas opiniones, con qué frecuencia, y cómo se entera la comunidad de lo
        que cambió.
    .example =
        {"["}listening]
        solution_predetermined = false
        feedback_channels = ["reunión mensual del comité de agua", "línea de SMS"]
        adaptation = "El comité directivo revisa las opiniones cada trimestre e informa en la reunión del comité de lo que ha cambiado."

feedback-loop-no-section = La carta no tiene sección `[listening]`, así que la comunidad no tiene ninguna vía registrada para dar su opinión.
feedback-loop-no-channel = No se indica ningún canal de retroalimentación, así que la comunidad no tiene forma de decir a los socios lo que no funciona.
feedback-loop-no-adaptation = Las opiniones llegan por { $count ->
        [one] { $count } canal
       *[other] { $count } canales
    } ({ $channels }), pero la carta no dice cómo cambian los planes en consecuencia (`adaptation`).

## humility.local-language

humility-local-language =
    .summary = Cada consulta se celebró en una lengua que habla la comunidad: su lengua (`language`) figura en `context.languages` (no se aplica cuando no se indica ninguna lengua).
    .rationale =
        Una consulta celebrada en una lengua que la gente no domina solo escucha a quienes la
        hablan: a menudo, las personas con más estudios, las autoridades y los intermediarios. La
        Norma Humanitaria Esencial en materia de calidad y rendición de cuentas (CHS, 2014,
        revisada en 2024), compromiso 4, pide que la comunicación con las comunidades se haga en
        lenguas y formatos que entiendan. Las etiquetas de idioma se comparan sin distinguir
        mayúsculas de minúsculas y por subetiqueta, de modo que `es` coincide con `es-PE` y a la
        inversa; una consulta que no registra su lengua no cumple la regla.
    .fix =
        Celebre las consultas en las lenguas de la comunidad y registre la lengua (`language`) de
        cada una con una etiqueta que figure en `context.languages`. Si la comunidad habla una
        lengua que falta en `context.languages`, añádala; si una consulta se celebró en otra
        lengua, repítala en la lengua de la comunidad.
    .example =
        {"["}context]
        languages = ["ht", "fr"]

        {"["}listening]
        solution_predetermined = false

        {"[["}listening.consultations]]
        date = 2010-11-15
        method = "community-meeting"
        participants = 85
        language = "ht"
        before_design = true

local-language-consultation = { $method ->
        [survey] La encuesta
        [focus-group] El grupo focal
        [community-meeting] La reunión comunitaria
        [interviews] La ronda de entrevistas
        [co-design-workshop] El taller de cocreación
       *[other] La consulta
    } del { DATE($date) }
local-language-unrecorded = { $consultation } no registra la lengua utilizada, así que nada muestra que la consulta se celebrara en una lengua que habla la comunidad ({ $languages }).
local-language-other = { $consultation } se celebró en la lengua `{ $tag }`, que no es una de las lenguas de la comunidad ({ $languages }).

## humility.local-partner

humility-local-partner =
    .summary = Al menos un socio es local: tiene su base en el lugar (`local`) o en el país (`national`), y no es la oficina de país ni una filial de una organización internacional.
    .rationale =
        La población local es el principal agente del cambio; una alianza dirigida por completo
        por actores externos no tiene a quién traspasar el trabajo. Los Principios de asociación
        (Plataforma Humanitaria Mundial, 2007) se basan en la igualdad y la complementariedad con
        los actores locales; el Gran Pacto (Grand Bargain, 2016), en su línea de trabajo sobre
        localización, se compromete a apoyar a los actores locales y nacionales, y según la
        lectura del IASC la oficina de país de una organización internacional no es uno de
        ellos; y las sesiones de la conferencia Net Impact 2010 sobre colaboración intersectorial
        (Smith) señalan a la población local como el principal agente del cambio.
    .fix =
        Incorpore al menos una organización local o nacional como socio de pleno derecho,
        inscrita en `[[partners]]` con `base = "local"` o `"national"`. La oficina de país o la
        filial de una organización internacional (`affiliated_international = true`) no cuenta:
        asóciese con una organización independiente, arraigada en la comunidad.
    .example =
        {"[["}partners]]
        id = "konbit"
        name = "Konbit Dlo"
        sector = "community"
        base = "local"
        roles = ["implementing"]

local-partner-none = { $count ->
        [one] El único socio no es local ni nacional: { $partners }.
       *[other] Ninguno de los { $count } socios es local o nacional: { $partners }.
    }
local-partner-described = { $name } ({ $base ->
        [local] local
        [national] nacional
       *[international] internacional
    }{ $affiliate ->
        [yes] , filial de una organización internacional
       *[no] {""}
    })

## humility.local-partners-in-design

humility-local-partners-in-design =
    .summary = Los socios locales que ejecutan el trabajo también lo diseñaron: cada socio local con el rol `implementing` indica `involved_in_design = true`.
    .rationale =
        Una organización local que se limita a ejecutar un plan elaborado en otro lugar es una
        subcontratista, no un socio, y su conocimiento del lugar se pierde para el diseño. La
        Carta por el Cambio (Charter4Change, 2015, actualizada en 2019), compromiso 6, pide
        igualdad en la toma de decisiones y que se deje de tratar a las organizaciones locales
        como meras subcontratistas. Un socio local ejecutor cuya participación no está
        registrada no cumple la regla: la carta tiene que decirlo.
    .fix =
        Implique a cada socio local ejecutor en el diseño del trabajo, no solo en su ejecución, y
        registre `involved_in_design = true` en su entrada de `[[partners]]`. Si alguno se
        incorporó después del diseño, vuelva a abrir el diseño con él antes de seguir avanzando
        en la ejecución.
    .example =
        {"[["}partners]]
        id = "konbit"
        name = "Konbit Dlo"
        sector = "community"
        base = "local"
        roles = ["implementing"]
        involved_in_design = true

local-partners-in-design-false = { $partner } ({ $id }), socio local ejecutor, no participó en el diseño del trabajo (`involved_in_design = false`).
local-partners-in-design-unstated = No consta que { $partner } ({ $id }), socio local ejecutor, participara en el diseño del trabajo (falta `involved_in_design`).

## humility.no-predetermined-solution

humility-no-predetermined-solution =
    .summary = La solución no estaba decidida antes de implicar a la comunidad: `[listening]` indica `solution_predetermined = false`.
    .rationale =
        Una alianza que llega con la respuesta ya elegida solo puede pedir a la comunidad que la
        acepte. La Norma Humanitaria Esencial en materia de calidad y rendición de cuentas (CHS,
        2014, revisada en 2024), compromiso 1, pide que la respuesta sea adecuada y pertinente
        para las necesidades de las personas a las que sirve, lo que exige que esas personas le
        den forma; las sesiones de la conferencia Net Impact 2010 sobre colaboración
        intersectorial (Smith) advierten contra entrar en una alianza con una solución decidida de
        antemano y aconsejan escuchar antes de diseñar. Una carta que no dice si la solución
        estaba decidida de antemano tampoco cumple la regla: la pregunta tiene que responderse.
    .fix =
        Implique a la comunidad antes de elegir la intervención y regístrelo en `[listening]`
        con `solution_predetermined = false`. Si la solución estaba decidida de antemano, dígalo
        con franqueza (`true`), vuelva a abrir el diseño con la comunidad y registre las
        consultas que siguieron.
    .example =
        {"["}listening]
        solution_predetermined = false

no-predetermined-solution-no-section = La carta no tiene sección `[listening]`, así que no dice si la solución estaba decidida antes de implicar a la comunidad.
no-predetermined-solution-true = La solución estaba decidida antes de implicar a la comunidad (`solution_predetermined = true`).
