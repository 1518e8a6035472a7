<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>ActivityDialog</name>
        <message>
            <location filename="../../ui/activity_dialog.ui" line="+5" />
            <source>Activity</source>
            <translation>Actividad</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activity kind</source>
            <translation>Tipo de actividad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Title</source>
            <translation>Tít&amp;ulo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activity title</source>
            <translation>Título de la actividad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Prompt for the room</source>
            <translation>&amp;Pregunta para la sala</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prompt shown to the room</source>
            <translation>Pregunta que ve la sala</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time&amp;box</source>
            <translation>Tiem&amp;po</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Timebox in minutes</source>
            <translation>Tiempo asignado en minutos</translation>
        </message>
        <message>
            <location line="+0" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Authors</source>
            <translation>&amp;Autores</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show authors</source>
            <translation>Mostrar autores</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Facilitator notes</source>
            <translation>&amp;Notas de facilitación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facilitator notes, never shown to the room</source>
            <translation>Notas de facilitación, nunca se muestran a la sala</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Only on this laptop, never on the projector</source>
            <translation>Solo en este portátil, nunca en el proyector</translation>
        </message>
    </context>
    <context>
        <name>BallotsTab</name>
        <message>
            <location filename="../../src/workshop/ui/budgeting/ballots.py" line="+45" />
            <source>Who votes</source>
            <extracomment>True while a ballot is being filled in at the laptop (undo must not act then).</extracomment>
            <translation>Quién vota</translation>
        </message>
        <message>
            <location line="+1" />
            <source>by proxy</source>
            <translation>por delegación</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cast by proxy for someone absent</source>
            <translation>Votar por delegación de alguien ausente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>V&amp;oter:</source>
            <translation>V&amp;otante:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Projects to approve</source>
            <translation>Proyectos que aprobar</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cast ballot</source>
            <translation>Emitir voto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cast this ballot (Ctrl+Enter)</source>
            <translation>Emitir esta papeleta (Ctrl+Intro)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clear</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clear the ticks without casting</source>
            <translation>Quitar las marcas sin votar</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Paper ballot — type the numbers it ticks, then Enter:</source>
            <translation>Papeleta en papel: escriba los números marcados y pulse Intro:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Paper ballot: project numbers</source>
            <translation>Papeleta en papel: números de proyecto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 2 5 7</source>
            <translation>p. ej. 2 5 7</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Ballots cast (who, never what)</source>
            <translation>Papeletas emitidas (quién, nunca qué)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove ballot</source>
            <translation>Quitar papeleta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove the selected ballot</source>
            <translation>Quitar la papeleta seleccionada</translation>
        </message>
        <message>
            <location line="+32" />
            <source>%1 (proxy)</source>
            <translation>%1 (delegado)</translation>
        </message>
        <message numerus="yes">
            <location line="+27" />
            <source>at most %n project(s)</source>
            <translation>
                <numerusform>como máximo %n proyecto</numerusform>
                <numerusform>como máximo %n proyectos</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>at most %1</source>
            <translation>como máximo %1</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n approved, costing %1 of the budget %2</source>
            <translation>
                <numerusform>%n aprobado, cuesta %1 del presupuesto de %2</numerusform>
                <numerusform>%n aprobados, cuestan %1 del presupuesto de %2</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source> (%1)</source>
            <translation> (%1)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Everyone on the list has voted: type paper ballots instead.</source>
            <translation>Todas las personas de la lista han votado: escriba papeletas en papel.</translation>
        </message>
    </context>
    <context>
        <name>BudgetScreen</name>
        <message>
            <location filename="../../src/workshop/ui/budgeting/screen.py" line="+42" />
            <source>Pro&amp;jects</source>
            <translation>Pro&amp;yectos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Ballots</source>
            <translation>&amp;Papeletas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Res&amp;ults</source>
            <translation>Res&amp;ultados</translation>
        </message>
    </context>
    <context>
        <name>DotList</name>
        <message numerus="yes">
            <location filename="../../src/workshop/ui/vote/widgets.py" line="+137" />
            <source>(%n note(s))</source>
            <extracomment>Digits or letters typed after a longer pause start a new number or word. Something to tell the voter about their typing (e.g. "There is no item 85.").</extracomment>
            <translation>
                <numerusform>(%n nota)</numerusform>
                <numerusform>(%n notas)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>(your note: not for your dots)</source>
            <translation>(su nota: no admite sus puntos)</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n punto</numerusform>
                <numerusform>%n puntos</numerusform>
            </translation>
        </message>
        <message>
            <location line="+71" />
            <source>Item %1: Space puts a dot on it, or type the next digit.</source>
            <translation>Elemento %1: Espacio le pone un punto, o escriba la siguiente cifra.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>There is no item %1: the items are 1–%2.</source>
            <translation>No hay elemento %1: los elementos van del 1 al %2.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>No item has “%1” in it.</source>
            <translation>Ningún elemento contiene «%1».</translation>
        </message>
    </context>
    <context>
        <name>DraftsPanel</name>
        <message>
            <location filename="../../src/workshop/ui/purpose/drafts.py" line="+49" />
            <source>Draft %1</source>
            <translation>Borrador %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(from draft %1)</source>
            <translation>(del borrador %1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>adopted</source>
            <translation>adoptado</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Drafts of the common purpose</source>
            <translation>Borradores del propósito común</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Start from selected (Ctrl+D)</source>
            <translation>Partir del seleccionado (Ctrl+D)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start a new draft from the selected</source>
            <translation>Empezar un borrador nuevo a partir del seleccionado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove draft</source>
            <translation>Quitar borrador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected draft</source>
            <translation>Quitar el borrador seleccionado</translation>
        </message>
        <message>
            <location line="+7" />
            <source>New draft</source>
            <translation>Nuevo borrador</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Text of the next draft</source>
            <translation>Texto del próximo borrador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Together we… (Ctrl+Enter keeps it as a new draft)</source>
            <translation>Juntos… (Ctrl+Intro lo guarda como nuevo borrador)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Keep as new draft</source>
            <translation>&amp;Guardar como nuevo borrador</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keep the text as a new numbered draft</source>
            <translation>Guardar el texto como nuevo borrador numerado</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Pick phrases: select words below, Ctrl+P adds them to the list</source>
            <translation>Elija frases: seleccione palabras abajo; Ctrl+P las añade a la lista</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Statements and blends to pick phrases from</source>
            <translation>Propósitos y mezclas de donde tomar frases</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Phrases for a new draft</source>
            <translation>Frases para un nuevo borrador</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add phrase (Ctrl+P)</source>
            <translation>Añadir frase (Ctrl+P)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add the selected words as a phrase</source>
            <translation>Añadir las palabras seleccionadas como frase</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Draft from phrase&amp;s</source>
            <translation>Borrador a partir de las fra&amp;ses</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Make a new draft from the phrases</source>
            <translation>Crear un borrador nuevo con las frases</translation>
        </message>
        <message>
            <location line="+54" />
            <source>Blend:</source>
            <translation>Mezcla:</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Next draft starts from draft %1</source>
            <translation>El próximo borrador parte del borrador %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next draft: new text</source>
            <translation>Próximo borrador: texto nuevo</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Select some words in the statements first.</source>
            <translation>Seleccione antes algunas palabras de los propósitos.</translation>
        </message>
    </context>
    <context>
        <name>EndorsePanel</name>
        <message>
            <location filename="../../src/workshop/ui/purpose/endorse.py" line="+39" />
            <source>Party</source>
            <extracomment>The ratings table's headings (translated when the table is made).</extracomment>
            <translation>Parte</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Rating</source>
            <translation>Valoración</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Covered</source>
            <translation>Cubierto</translation>
        </message>
        <message>
            <location line="+0" />
            <source>In the draft</source>
            <translation>En el borrador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Missing</source>
            <translation>Falta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Comment</source>
            <translation>Comentario</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Draft being rated</source>
            <translation>Borrador que se valora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Draft</source>
            <translation>Borrador</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+118" />
            <location line="+4" />
            <source>Ad&amp;opt this draft</source>
            <translation>Ad&amp;optar este borrador</translation>
        </message>
        <message>
            <location line="-121" />
            <location line="+125" />
            <source>Adopt this draft as the common purpose</source>
            <translation>Adoptar este borrador como propósito común</translation>
        </message>
        <message>
            <location line="-118" />
            <source>Text of the draft being rated</source>
            <translation>Texto del borrador que se valora</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Party giving the rating</source>
            <translation>Parte que valora</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rated by</source>
            <translation>Valora</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Fist of five, 0 to 5</source>
            <translation>Puño de cinco, de 0 a 5</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Fist of five: </source>
            <translation>Puño de cinco: </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Comment with the rating (optional)</source>
            <translation>Comentario de la valoración (opcional)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Comment (optional) — Enter rates</source>
            <translation>Comentario (opcional): Intro valora</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Rate</source>
            <translation>&amp;Valorar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record the rating</source>
            <translation>Registrar la valoración</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Ratings and coverage per party</source>
            <translation>Valoraciones y cobertura por parte</translation>
        </message>
        <message>
            <location line="+71" />
            <source>No draft yet: write one in the Drafts tab.</source>
            <translation>Aún no hay borradores: escriba uno en la pestaña Borradores.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Un-ad&amp;opt</source>
            <translation>Deshacer ad&amp;opción</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Un-adopt this draft</source>
            <translation>Deshacer la adopción de este borrador</translation>
        </message>
        <message>
            <location line="+15" />
            <source>not yet</source>
            <translation>aún no</translation>
        </message>
        <message>
            <location line="+4" />
            <source>no comment</source>
            <translation>sin comentario</translation>
        </message>
        <message>
            <location line="+7" />
            <source>nothing yet</source>
            <translation>nada todavía</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Least covered: %1</source>
            <translation>Menos cubiertas: %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Adopted: its ratings are kept as they were.</source>
            <translation>Adoptado: sus valoraciones se conservan tal como estaban.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Choose a draft and a party to rate it.</source>
            <translation>Elija un borrador y una parte que lo valore.</translation>
        </message>
    </context>
    <context>
        <name>HistogramWidget</name>
        <message>
            <location filename="../../src/workshop/ui/pulse/charts.py" line="+203" />
            <source>counts %1</source>
            <extracomment>A round's histogram on the facilitator's screen: narrow enough for two beside the radar.</extracomment>
            <translation>recuentos %1</translation>
        </message>
    </context>
    <context>
        <name>ImpactAcrossWidget</name>
        <message>
            <location filename="../../src/workshop/ui/series/charts.py" line="+193" />
            <source>Meeting %1</source>
            <translation>Reunión %1</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Collective impact across meetings</source>
            <translation>Impacto colectivo a lo largo de las reuniones</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Not asked</source>
            <translation>No preguntado</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Meetings %1 (latest boldest)</source>
            <translation>Reuniones %1 (la última, más marcada)</translation>
        </message>
    </context>
    <context>
        <name>LaptopPanel</name>
        <message numerus="yes">
            <location filename="../../src/workshop/ui/vote/collect.py" line="+55" />
            <source>%1 of %n dot(s) left</source>
            <extracomment>A confirmation ("Proxy ballot for … cast."): calm, not the red of a refusal.</extracomment>
            <translation>
                <numerusform>Queda %1 de %n punto</numerusform>
                <numerusform>Quedan %1 de %n puntos</numerusform>
            </translation>
        </message>
        <message>
            <location line="+9" />
            <source>The item shown: its whole text and the notes inside it</source>
            <translation>El elemento mostrado: su texto completo y las notas que contiene</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Message for the next voter</source>
            <extracomment>True while someone is voting (the screen locks the other tabs meanwhile).</extracomment>
            <translation>Mensaje para la próxima persona</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Step up to vote: choose your name (type to jump to it) and press Enter.</source>
            <translation>Acérquese a votar: elija su nombre (escriba para saltar a él) y pulse Intro.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Choose your name</source>
            <translation>Elija su nombre</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+1" />
            <source>Start my ballot</source>
            <translation>Empezar mi papeleta</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Type an item's number to put a dot on it (or click it, or Space / + on the one shown); letters find an item. Right-click, - or Backspace takes a dot back. Ctrl+Enter when you are done.</source>
            <translation>Escriba el número de un elemento para ponerle un punto (o haga clic, o Espacio / + en el mostrado); las letras buscan un elemento. Clic derecho, - o Retroceso quita un punto. Ctrl+Intro al terminar.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Items to vote on</source>
            <translation>Elementos a votar</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Why the dot was refused</source>
            <translation>Por qué no se aceptó el punto</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not now (Esc)</source>
            <translation>Ahora no (Esc)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leave without finishing</source>
            <translation>Salir sin terminar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Done: hide my ballot</source>
            <translation>Listo: ocultar mi papeleta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Done, hide my ballot</source>
            <translation>Listo, ocultar mi papeleta</translation>
        </message>
        <message>
            <location line="+32" />
            <source>%1: has voted</source>
            <translation>%1: ha votado</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1: voted by proxy</source>
            <translation>%1: votó por delegación</translation>
        </message>
        <message>
            <location line="+27" />
            <source>There is nothing to vote on yet: the brainstorm has no items.</source>
            <translation>Aún no hay nada que votar: la lluvia de ideas no tiene elementos.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Choose a name that has not voted yet.</source>
            <translation>Elija un nombre que aún no haya votado.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The vote is closed.</source>
            <translation>La votación está cerrada.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is voting</source>
            <translation>Vota %1</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Thank you, %1. Your ballot is saved and hidden. Next person: choose your name.</source>
            <translation>Gracias, %1. Su papeleta está guardada y oculta. Siguiente persona: elija su nombre.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Ballot left open. Next person: choose your name.</source>
            <translation>Papeleta sin terminar. Siguiente persona: elija su nombre.</translation>
        </message>
    </context>
    <context>
        <name>NewWorkshopDialog</name>
        <message>
            <location filename="../../ui/new_workshop_dialog.ui" line="+5" />
            <source>New workshop</source>
            <translation>Nuevo taller</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Title</source>
            <translation>Tít&amp;ulo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Workshop title</source>
            <translation>Título del taller</translation>
        </message>
        <message>
            <location line="+0" />
            <source>e.g. Riverside partnership kick-off</source>
            <translation>p. ej. Arranque de la alianza del barrio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Start from</source>
            <translation>&amp;Partir de</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agenda template</source>
            <translation>Plantilla de agenda</translation>
        </message>
    </context>
    <context>
        <name>OffersAsksScreen</name>
        <message>
            <location filename="../../src/workshop/ui/reciprocity/screen.py" line="+70" />
            <source>no match yet</source>
            <extracomment>Asks for a card's new text (None to cancel); tests replace it. The balance's flags (the domain's words) as the laptop names them.</extracomment>
            <translation>sin coincidencia aún</translation>
        </message>
        <message>
            <location line="+1" />
            <source>only gives</source>
            <translation>solo da</translation>
        </message>
        <message>
            <location line="+1" />
            <source>only receives</source>
            <translation>solo recibe</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Confirm commitment</source>
            <translation>Confirmar compromiso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By when? (YYYY-MM-DD, or leave empty)</source>
            <translation>¿Para cuándo? (AAAA-MM-DD, o déjelo vacío)</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+244" />
            <source>Edit card</source>
            <translation>Editar tarjeta</translation>
        </message>
        <message>
            <location line="-243" />
            <source>Text:</source>
            <translation>Texto:</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Prompt shown to the room</source>
            <translation>Pregunta que ve la sala</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Offer</source>
            <translation>Oferta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The next cards are offers (Alt+O)</source>
            <translation>Las próximas tarjetas son ofertas (Alt+O)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next card is an offer</source>
            <translation>La próxima tarjeta es una oferta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ask</source>
            <translation>Petición</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The next cards are asks (Alt+K)</source>
            <translation>Las próximas tarjetas son peticiones (Alt+K)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next card is an ask</source>
            <translation>La próxima tarjeta es una petición</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Whose card: participant or organisation</source>
            <translation>De quién es la tarjeta: participante u organización</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Card text</source>
            <translation>Texto de la tarjeta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What they offer or need (Enter adds; start with + offer, ? ask)</source>
            <translation>Lo que ofrecen o necesitan (Intro añade; empiece con + oferta, ? petición)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add card</source>
            <translation>Añadir tarjeta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add the card (Enter)</source>
            <translation>Añadir la tarjeta (Intro)</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+74" />
            <source>Offers</source>
            <translation>Ofertas</translation>
        </message>
        <message>
            <location line="-73" />
            <location line="+74" />
            <source>Asks</source>
            <translation>Peticiones</translation>
        </message>
        <message>
            <location line="-71" />
            <source>Suggested offers for the ask</source>
            <translation>Ofertas sugeridas para la petición</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Confirm ma&amp;tch…</source>
            <translation>Confirmar &amp;coincidencia…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Confirm the selected match as a commitment</source>
            <translation>Confirmar la coincidencia seleccionada como compromiso</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Confirm the selected offer for this ask (Ctrl+M)</source>
            <translation>Confirmar la oferta seleccionada para esta petición (Ctrl+M)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Balance: what each party gives and receives</source>
            <translation>Balance: lo que cada parte da y recibe</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Party</source>
            <translation>Parte</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+10" />
            <source>Gives</source>
            <translation>Da</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Gets</source>
            <translation>Recibe</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Commitments</source>
            <translation>Compromisos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <location line="+1" />
            <source>To</source>
            <translation>A</translation>
        </message>
        <message>
            <location line="+0" />
            <source>By</source>
            <translation>Para</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Balance</source>
            <translation>&amp;Balance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Co&amp;mmitments</source>
            <translation>Co&amp;mpromisos</translation>
        </message>
        <message>
            <location line="+24" />
            <source>&amp;Who</source>
            <translation>&amp;Quién</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Suggested matches</source>
            <translation>Coincidencias sugeridas</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Reciprocity map</source>
            <translation>Mapa de reciprocidad</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Confirm match</source>
            <translation>Confirmar coincidencia</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New card</source>
            <translation>Nueva tarjeta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next cards are offers</source>
            <translation>Las próximas tarjetas son ofertas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Next cards are asks</source>
            <translation>Las próximas tarjetas son peticiones</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Remove cards</source>
            <translation>Quitar tarjetas</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Remove commitment</source>
            <translation>Quitar compromiso</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Change the date</source>
            <translation>Cambiar la fecha</translation>
        </message>
        <message>
            <location line="+15" />
            <source>What can you offer? What do you need?</source>
            <translation>¿Qué puede ofrecer? ¿Qué necesita?</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Offers (%1)</source>
            <translation>Ofertas (%1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Asks (%1)</source>
            <translation>Peticiones (%1)</translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>%n commitment(s)</source>
            <translation>
                <numerusform>%n compromiso</numerusform>
                <numerusform>%n compromisos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n ask(s) still open</source>
            <translation>
                <numerusform>%n petición sigue abierta</numerusform>
                <numerusform>%n peticiones siguen abiertas</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alt+O offer · Alt+K ask · Ctrl+M confirm match · Delete remove · F2 edit or re-date</source>
            <translation>Alt+O oferta · Alt+K petición · Ctrl+M confirmar · Supr quitar · F2 editar o cambiar fecha</translation>
        </message>
        <message>
            <location line="+40" />
            <source>gives and receives</source>
            <translation>da y recibe</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 offers, %2 asks</source>
            <translation>%1 ofertas, %2 peticiones</translation>
        </message>
        <message>
            <location line="+23" />
            <source>no date yet</source>
            <translation>sin fecha aún</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Select an ask to see the offers that could meet it.</source>
            <translation>Seleccione una petición para ver las ofertas que podrían cubrirla.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>For “%1” (%2):</source>
            <translation>Para «%1» (%2):</translation>
        </message>
        <message>
            <location line="+8" />
            <source>why: %1</source>
            <translation>por qué: %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No offer meets this ask yet (nothing beyond common words like “help” is shared).</source>
            <translation>Ninguna oferta cubre aún esta petición (no comparten nada más allá de palabras comunes como «ayuda»).</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Select an ask and one of its suggested offers first.</source>
            <translation>Seleccione antes una petición y una de sus ofertas sugeridas.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 gives “%2” to %3.</source>
            <translation>%1 da «%2» a %3.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>%1 gives “%2” to %3 (now: %4).</source>
            <translation>%1 da «%2» a %3 (ahora: %4).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>no date</source>
            <translation>sin fecha</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Part of a commitment</source>
            <translation>Parte de un compromiso</translation>
        </message>
    </context>
    <context>
        <name>ParticipantDialog</name>
        <message>
            <location filename="../../ui/participant_dialog.ui" line="+5" />
            <source>Participant</source>
            <translation>Participante</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participant name</source>
            <translation>Nombre del participante</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Organisation</source>
            <translation>&amp;Organización</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Colour</source>
            <translation>&amp;Color</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Colour</source>
            <translation>Color</translation>
        </message>
        <message>
            <location line="+0" />
            <source>optional, like #ffcc00</source>
            <translation>opcional, como #ffcc00</translation>
        </message>
    </context>
    <context>
        <name>PartyEdit</name>
        <message>
            <location filename="../../src/workshop/ui/reciprocity/party_edit.py" line="+28" />
            <source>Owner (optional): a person or an organisation</source>
            <translation>Responsable (opcional): una persona o una organización</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who: a person or an organisation</source>
            <translation>Quién: una persona o una organización</translation>
        </message>
    </context>
    <context>
        <name>ProjectsTab</name>
        <message>
            <location filename="../../src/workshop/ui/budgeting/projects.py" line="+49" />
            <source>Paste projects</source>
            <extracomment>Asks for pasted lines (None to cancel); tests replace it. Asks for a .pb path to open or to save (None to cancel); tests replace them.</extracomment>
            <translation>Pegar proyectos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One project a line: title; cost; category; organisation</source>
            <translation>Un proyecto por línea: título; coste; categoría; organización</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+109" />
            <source>Import a Pabulib file</source>
            <translation>Importar un archivo Pabulib</translation>
        </message>
        <message>
            <location line="-109" />
            <location line="+7" />
            <source>Pabulib (*.pb)</source>
            <translation>Pabulib (*.pb)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Export as Pabulib</source>
            <translation>Exportar como Pabulib</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Budget</source>
            <translation>Presupuesto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 20000</source>
            <translation>p. ej. 20000</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Currency</source>
            <translation>Moneda</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Set budget</source>
            <translation>Fijar presupuesto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set the budget and its currency</source>
            <translation>Fijar el presupuesto y su moneda</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Budget:</source>
            <translation>Presupuesto:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Secret ballots until revealed</source>
            <translation>Papeletas secretas hasta revelar</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Most projects on a ballot</source>
            <translation>Máximo de proyectos por papeleta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Most total cost on a ballot</source>
            <translation>Coste total máximo por papeleta</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+89" />
            <source>no limit</source>
            <translation>sin límite</translation>
        </message>
        <message>
            <location line="-86" />
            <source>Points per ballot (cumulative)</source>
            <translation>Puntos por papeleta (acumulativo)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Set</source>
            <translation>Fijar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set the ballot rules</source>
            <translation>Fijar las reglas de la papeleta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ballot limits:</source>
            <translation>Límites:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Projects</source>
            <translation>Proyectos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Project</source>
            <translation>Proyecto</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+13" />
            <location line="+1" />
            <source>Cost</source>
            <translation>Coste</translation>
        </message>
        <message>
            <location line="-13" />
            <location line="+15" />
            <location line="+1" />
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <location line="-16" />
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Project title</source>
            <translation>Título del proyecto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New project…</source>
            <translation>Nuevo proyecto…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add the project (Enter)</source>
            <translation>Añadir el proyecto (Intro)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Note or cluster to make a project from</source>
            <translation>Nota o grupo del que hacer un proyecto</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Fro&amp;m the board:</source>
            <translation>Des&amp;de el tablero:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Make project</source>
            <translation>Crear proyecto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make a project from the note or cluster, with the cost typed</source>
            <translation>Crear un proyecto a partir de la nota o el grupo, con el coste escrito</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Paste…</source>
            <translation>Pegar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paste projects, one a line</source>
            <translation>Pegar proyectos, uno por línea</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected project</source>
            <translation>Quitar el proyecto seleccionado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import .pb…</source>
            <translation>Importar .pb…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export .pb…</source>
            <translation>Exportar .pb…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export as a Pabulib file</source>
            <translation>Exportar como archivo Pabulib</translation>
        </message>
        <message>
            <location line="+19" />
            <source>%1 (0: no limit)</source>
            <translation>%1 (0: sin límite)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>approval</source>
            <translation>aprobación</translation>
        </message>
        <message>
            <location line="+77" />
            <source>No brainstorm notes or clusters to make a project from.</source>
            <translation>No hay notas ni grupos de lluvia de ideas de los que hacer un proyecto.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Type the project's cost in the Cost box first.</source>
            <translation>Escriba antes el coste del proyecto en la casilla Coste.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Imported. %1</source>
            <translation>Importado. %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The ballots are secret: reveal the results before exporting.</source>
            <translation>Las papeletas son secretas: revele los resultados antes de exportar.</translation>
        </message>
    </context>
    <context>
        <name>ProxyPanel</name>
        <message>
            <location filename="../../src/workshop/ui/vote/collect.py" line="+164" />
            <source>Vote on behalf of:</source>
            <translation>Votar en nombre de:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Participant voted for by proxy</source>
            <translation>Participante por quien se vota por delegación</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Place their dots as they asked (click or +, right-click or -), then cast the ballot (Ctrl+Enter). It is recorded as a proxy.</source>
            <translation>Coloque sus puntos como lo pidió (clic o +, clic derecho o -) y emita la papeleta (Ctrl+Intro). Se registra como voto delegado.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Items on the proxy ballot</source>
            <translation>Elementos de la papeleta delegada</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Start over</source>
            <translation>Empezar de nuevo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clear the proxy ballot</source>
            <translation>Vaciar la papeleta delegada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cast proxy ballot (Ctrl+Enter)</source>
            <translation>Emitir voto delegado (Ctrl+Intro)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cast proxy ballot</source>
            <translation>Emitir voto delegado</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Everyone already has a ballot.</source>
            <translation>Todas las personas tienen ya papeleta.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Proxy ballot for %1 cast.</source>
            <translation>Voto delegado de %1 emitido.</translation>
        </message>
    </context>
    <context>
        <name>PurposeScreen</name>
        <message>
            <location filename="../../src/workshop/ui/purpose/screen.py" line="+76" />
            <source>Who states a purpose</source>
            <extracomment>Which panels show which tables: a change to only these tables refreshes only those panels.</extracomment>
            <translation>Quién expresa un propósito</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One purpose per participant</source>
            <translation>Un propósito por participante</translation>
        </message>
        <message>
            <location line="+2" />
            <source>One purpose per organisation</source>
            <translation>Un propósito por organización</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Language of the statements</source>
            <translation>Idioma de los propósitos</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Anonymous on the projector</source>
            <translation>Anónimo en el proyector</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hide who wrote each purpose on the projector</source>
            <translation>Ocultar en el proyector quién escribió cada propósito</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Purposes from</source>
            <translation>Propósitos de</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Blend rounds, drafts and endorsement</source>
            <translation>Rondas de mezcla, borradores y respaldo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>3 · Rounds</source>
            <translation>3 · Rondas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>4 · Drafts</source>
            <translation>4 · Borradores</translation>
        </message>
        <message>
            <location line="+1" />
            <source>5 · Endorse</source>
            <translation>5 · Respaldo</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Each party states its own purpose.</source>
            <translation>Cada parte expresa su propio propósito.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&lt;b&gt;Our common purpose&lt;/b&gt; (draft %1): %2</source>
            <translation>&lt;b&gt;Nuestro propósito común&lt;/b&gt; (borrador %1): %2</translation>
        </message>
    </context>
    <context>
        <name>RadarWidget</name>
        <message>
            <location filename="../../src/workshop/ui/pulse/charts.py" line="-39" />
            <source>median %1</source>
            <translation>mediana %1</translation>
        </message>
        <message>
            <location line="+68" />
            <source>Collective impact radar</source>
            <translation>Radar de impacto colectivo</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1: median %2</source>
            <translation>%1: mediana %2</translation>
        </message>
    </context>
    <context>
        <name>RankingTable</name>
        <message>
            <location filename="../../src/workshop/ui/vote/results.py" line="+101" />
            <source>Rank</source>
            <extracomment>The dots column: its usual width, and how narrow it may get beside a long item.</extracomment>
            <translation>Puesto</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Item</source>
            <translation>Elemento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Weighted dots</source>
            <translation>Puntos ponderados</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Dots</source>
            <translation>Puntos</translation>
        </message>
        <message>
            <location line="+37" />
            <source>%1 (tie)</source>
            <translation>%1 (empate)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>(%1 on paper)</source>
            <translation>(%1 en papel)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>not ranked: no dots</source>
            <translation>sin puesto: sin puntos</translation>
        </message>
    </context>
    <context>
        <name>ReciprocityMap</name>
        <message>
            <location filename="../../src/workshop/ui/reciprocity/map.py" line="+307" />
            <source>Reciprocity map</source>
            <extracomment>A flagged party's border: its colour (≥ 3:1 on white) and a line of its own, so the flag never rests on colour alone (the list beside the map says it in words). Where the names go depends on the parties, the ring and the font, never on the arrows: confirming a match (a new arrow) repaints the map without placing every name again.</extracomment>
            <translation>Mapa de reciprocidad</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1 gives %2 (%3)</source>
            <translation>%1 da a %2 (%3)</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%n name(s) on the map</source>
            <translation>
                <numerusform>%n nombre en el mapa</numerusform>
                <numerusform>%n nombres en el mapa</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n arrow(s)</source>
            <translation>
                <numerusform>%n flecha</numerusform>
                <numerusform>%n flechas</numerusform>
            </translation>
        </message>
        <message>
            <location line="+16" />
            <source>No offers or asks yet: the map fills as they come.</source>
            <translation>Aún no hay ofertas ni peticiones: el mapa se llena a medida que llegan.</translation>
        </message>
    </context>
    <context>
        <name>ResultsPanel</name>
        <message>
            <location filename="../../src/workshop/ui/vote/results.py" line="-92" />
            <source>kept secret: fewer than 3 voters</source>
            <extracomment>The longest action text a ranked item becomes. Where a ranking row keeps its item's title (the shown text may be shortened). The domain's words for a small organisation's hidden choices, as the laptop says them.</extracomment>
            <translation>en secreto: menos de 3 votantes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ballots are secret: an organisation's choices are shown only when at least 3 of its people voted (with fewer, they would nearly give away each person's ballot).</source>
            <translation>Las papeletas son secretas: las elecciones de una organización solo se muestran si votaron al menos 3 de sus personas (con menos, casi revelarían la papeleta de cada una).</translation>
        </message>
        <message>
            <location line="+147" />
            <location line="+191" />
            <source>Reveal results</source>
            <extracomment>Ties named above the ranking (the ranking marks every tie), and items named per tie. Rows of a ranking and of the organisations shown before the results page scrolls.</extracomment>
            <translation>Revelar resultados</translation>
        </message>
        <message>
            <location line="-189" />
            <source>Reveal or hide the results</source>
            <translation>Revelar u ocultar los resultados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reveal or hide the results (Ctrl+R); undoable</source>
            <translation>Revelar u ocultar los resultados (Ctrl+R); se puede deshacer</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Each organisation &amp;weighs the same</source>
            <translation>Cada organización &amp;pesa lo mismo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Each organisation weighs the same</source>
            <translation>Cada organización pesa lo mismo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show both rankings side by side: dots as cast, and with each organisation weighing the same</source>
            <translation>Mostrar ambas clasificaciones lado a lado: puntos tal como se emitieron y con el mismo peso por organización</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Ranking by dots as cast</source>
            <translation>Clasificación por puntos emitidos</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Ranking with each organisation weighing the same</source>
            <translation>Clasificación con el mismo peso por organización</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&lt;b&gt;Dots as cast&lt;/b&gt;</source>
            <translation>&lt;b&gt;Puntos emitidos&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&lt;b&gt;Each organisation weighs the same&lt;/b&gt;</source>
            <translation>&lt;b&gt;Cada organización pesa lo mismo&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Ma&amp;ke action</source>
            <translation>Crear &amp;acción</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Make an action from the selected result</source>
            <translation>Crear una acción a partir del resultado seleccionado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Put the selected result on the workshop's action list (Alt+K or Ctrl+Shift+T); undoable</source>
            <translation>Añadir el resultado seleccionado a la lista de acciones del taller (Alt+K o Ctrl+Mayús+T); se puede deshacer</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Make action</source>
            <translation>Crear acción</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Breakdown by organisation</source>
            <translation>Desglose por organización</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Voters</source>
            <translation>Votantes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dots</source>
            <translation>Puntos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Each dot counts</source>
            <translation>Valor de cada punto</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Most dots on</source>
            <translation>Más puntos en</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&lt;b&gt;By organisation&lt;/b&gt;</source>
            <translation>&lt;b&gt;Por organización&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+22" />
            <location line="+34" />
            <source>Make agenda from results</source>
            <translation>Crear agenda con los resultados</translation>
        </message>
        <message>
            <location line="-31" />
            <source>T&amp;op</source>
            <translation>Los &amp;primeros</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Take the top items</source>
            <translation>Tomar los primeros elementos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>How many top items</source>
            <translation>Cuántos de los primeros</translation>
        </message>
        <message>
            <location line="+3" />
            <source>All with at &amp;least</source>
            <translation>Todos con al &amp;menos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Take all items with at least this many dots</source>
            <translation>Tomar todos los elementos con al menos estos puntos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Minimum dots</source>
            <translation>Mínimo de puntos</translation>
        </message>
        <message>
            <location line="+3" />
            <source> dots</source>
            <translation> puntos</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Timebox of each new item in minutes</source>
            <translation>Tiempo de cada nuevo elemento, en minutos</translation>
        </message>
        <message>
            <location line="+4" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Min&amp;utes each</source>
            <translation>Min&amp;utos cada uno</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Make agenda from results</source>
            <translation>C&amp;rear agenda con los resultados</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add the chosen results to the agenda after this vote (Alt+M); undoable</source>
            <translation>Añadir los resultados elegidos a la agenda tras esta votación (Alt+M); se puede deshacer</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Hide results</source>
            <translation>Ocultar resultados</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Results are hidden until you reveal them (Ctrl+R).</source>
            <translation>Los resultados están ocultos hasta que los revele (Ctrl+R).</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%1 of %n people have voted; %2 paper dots tallied.</source>
            <translation>
                <numerusform>Ha votado %1 de %n persona; %2 puntos en papel contados.</numerusform>
                <numerusform>Han votado %1 de %n personas; %2 puntos en papel contados.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+20" />
            <source>%n voter(s)</source>
            <translation>
                <numerusform>%n votante</numerusform>
                <numerusform>%n votantes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n dot(s) on ballots</source>
            <translation>
                <numerusform>%n punto en papeletas</numerusform>
                <numerusform>%n puntos en papeletas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n on paper</source>
            <translation>
                <numerusform>%n en papel</numerusform>
                <numerusform>%n en papel</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n dot(s) cast in all</source>
            <translation>
                <numerusform>%n punto emitido en total</numerusform>
                <numerusform>%n puntos emitidos en total</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+11" />
            <source> and %n more</source>
            <translation>
                <numerusform> y %n más</numerusform>
                <numerusform> y %n más</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Tie for place %1 (%n dot(s) each): %2</source>
            <translation>
                <numerusform>Empate en el puesto %1 (%n punto cada uno): %2</numerusform>
                <numerusform>Empate en el puesto %1 (%n puntos cada uno): %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>… and %n more tie(s) (see the ranking).</source>
            <translation>
                <numerusform>… y %n empate más (vea la clasificación).</numerusform>
                <numerusform>… y %n empates más (vea la clasificación).</numerusform>
            </translation>
        </message>
        <message>
            <location line="+47" />
            <source>%1 (%2 min)</source>
            <translation>%1 (%2 min)</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>Adds %n activity(-ies) after this vote, from the equal-weight ranking: %1.</source>
            <translation>
                <numerusform>Añade %n actividad tras esta votación, según la clasificación con igual peso: %1.</numerusform>
                <numerusform>Añade %n actividades tras esta votación, según la clasificación con igual peso: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Adds %n activity(-ies) after this vote, from the ranking as cast: %1.</source>
            <translation>
                <numerusform>Añade %n actividad tras esta votación, según la clasificación emitida: %1.</numerusform>
                <numerusform>Añade %n actividades tras esta votación, según la clasificación emitida: %1.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+58" />
            <source>Reveal the results first, then pick the result to act on.</source>
            <translation>Revele antes los resultados y elija después el resultado sobre el que actuar.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Select a result in the ranking first: it becomes an action.</source>
            <translation>Seleccione antes un resultado de la clasificación: se convertirá en acción.</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>Make %n actions</source>
            <translation>
                <numerusform>Crear %n acción</numerusform>
                <numerusform>Crear %n acciones</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResultsTab</name>
        <message>
            <location filename="../../src/workshop/ui/budgeting/results.py" line="+35" />
            <source>Greedy by votes</source>
            <extracomment>The rules' names on the laptop, in the app's language (the domain's own labels stay English for the room's catalogue and the handout).</extracomment>
            <translation>Voraz por votos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Equal Shares (cost satisfaction)</source>
            <translation>Partes Iguales (satisfacción por coste)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Equal Shares (cardinality satisfaction)</source>
            <translation>Partes Iguales (satisfacción por cardinalidad)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Equal Shares, completed</source>
            <translation>Partes Iguales, completado</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+56" />
            <source>Reveal results</source>
            <translation>Revelar resultados</translation>
        </message>
        <message>
            <location line="-55" />
            <source>Reveal or hide the results (Ctrl+Shift+R)</source>
            <translation>Revelar u ocultar los resultados (Ctrl+Mayús+R)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Projector &amp;shows:</source>
            <translation>El proyector &amp;muestra:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Rule the projector shows</source>
            <translation>Regla que muestra el proyector</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The ballots are secret: the results stay hidden until you reveal them.</source>
            <translation>Las papeletas son secretas: los resultados siguen ocultos hasta que los revele.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Comparison of the two rules</source>
            <translation>Comparación de las dos reglas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rule</source>
            <translation>Regla</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Projects</source>
            <translation>Proyectos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spent</source>
            <translation>Gastado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Voters with a project funded</source>
            <translation>Votantes con un proyecto financiado</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Every project under both rules</source>
            <translation>Cada proyecto con ambas reglas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Project</source>
            <translation>Proyecto</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cost</source>
            <translation>Coste</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Votes</source>
            <translation>Votos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Greedy</source>
            <translation>Voraz</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Why (greedy)</source>
            <translation>Por qué (voraz)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Equal Shares</source>
            <translation>Partes Iguales</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Why (Equal Shares)</source>
            <translation>Por qué (Partes Iguales)</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Hide results</source>
            <translation>Ocultar resultados</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 of %2</source>
            <translation>%1 de %2</translation>
        </message>
    </context>
    <context>
        <name>ReviewScreen</name>
        <message>
            <location filename="../../src/workshop/ui/series/review_screen.py" line="+40" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Promise</source>
            <translation>Promesa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <location line="+0" />
            <source>For</source>
            <translation>Para quién</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Due</source>
            <translation>Plazo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Meeting</source>
            <translation>Reunión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;1 Done</source>
            <translation>&amp;1 Hecho</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;2 In progress</source>
            <translation>&amp;2 En curso</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;3 Dropped</source>
            <translation>&amp;3 Abandonado</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Not reviewed</source>
            <extracomment>The domain's promise statuses as the laptop names them.</extracomment>
            <translation>Sin revisar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In progress</source>
            <translation>En curso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dropped</source>
            <translation>Abandonado</translation>
        </message>
        <message>
            <location line="+4" />
            <source>no status</source>
            <extracomment>What an empty cell reads out, per column.</extracomment>
            <translation>sin estado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no promise</source>
            <translation>sin promesa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no owner</source>
            <translation>sin responsable</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no receiver</source>
            <translation>sin destinatario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no due date</source>
            <translation>sin plazo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no meeting</source>
            <translation>sin reunión</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no note</source>
            <translation>sin nota</translation>
        </message>
        <message>
            <location line="+32" />
            <source>What was promised</source>
            <extracomment>Tables whose change redraws the series' side (this meeting's own figures).</extracomment>
            <translation>Lo que se prometió</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Mark as: %1</source>
            <translation>Marcar como: %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Review note</source>
            <translation>Nota de revisión</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A note on where it stands (Enter keeps it)</source>
            <translation>Una nota sobre cómo va (Intro la guarda)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Pulse statements across meetings</source>
            <translation>Afirmaciones de pulso a lo largo de las reuniones</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Reciprocity over the series</source>
            <translation>Reciprocidad a lo largo de la serie</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Offers</source>
            <translation>Ofertas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Asks</source>
            <translation>Peticiones</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Promised</source>
            <translation>Prometido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delivered</source>
            <translation>Cumplido</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Trends</source>
            <translation>Tendencias</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Impact</source>
            <translation>Impacto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reciprocity</source>
            <translation>Reciprocidad</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Meeting %1: what was promised since “%2”</source>
            <translation>Reunión %1: lo prometido desde «%2»</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Meeting %1: what was promised</source>
            <translation>Reunión %1: lo prometido</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Our common purpose: %1</source>
            <translation>Nuestro propósito común: %1</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Nothing was promised at the last meeting (or this is the first one): use File › Next meeting… from a meeting to bring its promises here.</source>
            <translation>No se prometió nada en la última reunión (o esta es la primera): use Archivo › Siguiente reunión… desde una reunión para traer aquí sus promesas.</translation>
        </message>
    </context>
    <context>
        <name>RoundsPanel</name>
        <message>
            <location filename="../../src/workshop/ui/purpose/rounds.py" line="+51" />
            <source>Pairs</source>
            <extracomment>Each round's words on the laptop: its name, one group in it ("%1": the number), a new one.</extracomment>
            <translation>Parejas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pair %1</source>
            <translation>Pareja %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A new pair</source>
            <translation>Una pareja nueva</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fours</source>
            <translation>Cuartetos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Four %1</source>
            <translation>Cuarteto %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A new four</source>
            <translation>Un cuarteto nuevo</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>%1 (%n group(s))</source>
            <translation>
                <numerusform>%1 (%n grupo)</numerusform>
                <numerusform>%1 (%n grupos)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+20" />
            <source>Pr&amp;opose pairs</source>
            <translation>Pr&amp;oponer parejas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Propose pairs</source>
            <translation>Proponer parejas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Propose fo&amp;urs</source>
            <translation>Proponer c&amp;uartetos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Propose fours from the pairs</source>
            <translation>Proponer cuartetos a partir de las parejas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Most &amp;similar together</source>
            <translation>Los más &amp;parecidos juntos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Group the most similar statements</source>
            <translation>Agrupar los propósitos más parecidos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By default each group joins the least similar statements, so the blend crosses differences.</source>
            <translation>Por defecto cada grupo reúne los propósitos menos parecidos, para que la mezcla cruce diferencias.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Blend groups</source>
            <translation>Grupos de mezcla</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Group to move the selected party to</source>
            <translation>Grupo al que mover la parte seleccionada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Move selected party to</source>
            <translation>Mover la parte a</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Move</source>
            <translation>Mover</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Move the selected party</source>
            <translation>Mover la parte seleccionada</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Clear round</source>
            <translation>Vaciar ronda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clear the selected round</source>
            <translation>Vaciar la ronda seleccionada</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+134" />
            <source>Select a group to capture what it blended.</source>
            <translation>Seleccione un grupo para anotar lo que mezcló.</translation>
        </message>
        <message>
            <location line="-129" />
            <source>The selected group's blended statement</source>
            <translation>El propósito mezclado del grupo seleccionado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What this group blended… (Ctrl+Enter captures)</source>
            <translation>Lo que mezcló este grupo… (Ctrl+Intro lo anota)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Captu&amp;re</source>
            <translation>A&amp;notar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Capture the group's blended statement</source>
            <translation>Anotar el propósito mezclado del grupo</translation>
        </message>
        <message>
            <location line="+20" />
            <source>%1: none proposed yet</source>
            <translation>%1: ninguno propuesto aún</translation>
        </message>
        <message>
            <location line="+13" />
            <source>similarity %1</source>
            <translation>similitud %1</translation>
        </message>
        <message>
            <location line="+90" />
            <source>What did this group blend? (Ctrl+Enter captures)</source>
            <translation>¿Qué mezcló este grupo? (Ctrl+Intro lo anota)</translation>
        </message>
    </context>
    <context>
        <name>SettingsPanel</name>
        <message>
            <location filename="../../src/workshop/ui/vote/setup.py" line="+37" />
            <source>Brainstorm to vote on</source>
            <translation>Lluvia de ideas que votar</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Vote on notes or clusters</source>
            <translation>Votar notas o grupos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>its notes</source>
            <translation>sus notas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>its clusters</source>
            <translation>sus grupos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>its clusters and loose notes</source>
            <translation>sus grupos y notas sueltas</translation>
        </message>
        <message>
            <location line="+7" />
            <source>What is on the ballot</source>
            <extracomment>What is and is not on the ballot with the settings shown (before Apply too).</extracomment>
            <translation>Qué entra en la papeleta</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+23" />
            <source>Dots per person</source>
            <translation>Puntos por persona</translation>
        </message>
        <message>
            <location line="-20" />
            <source>Most dots one person may put on one item</source>
            <translation>Máximo de puntos de una persona en un elemento</translation>
        </message>
        <message>
            <location line="+4" />
            <source>People may vote for their own notes</source>
            <translation>Se pueden votar las notas propias</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Secret ballots</source>
            <translation>Papeletas secretas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The screen shows who has voted, never what.</source>
            <translation>La pantalla muestra quién ha votado, nunca qué.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Vote on the brainstorm</source>
            <translation>Votar la lluvia de ideas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vote on</source>
            <translation>Votar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Most dots on one item</source>
            <translation>Máx. puntos por elemento</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Appl&amp;y settings</source>
            <translation>Apl&amp;icar ajustes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Apply settings</source>
            <translation>Aplicar ajustes</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Reset vote</source>
            <translation>Reiniciar votación</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reset vote: remove every ballot and tally (undoable)</source>
            <translation>Reiniciar votación: quita todas las papeletas y recuentos (se puede deshacer)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Removes every ballot, dot and paper tally. Ctrl+Z brings them back.</source>
            <translation>Quita todas las papeletas, puntos y recuentos en papel. Ctrl+Z los recupera.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+48" />
            <source>Close vote</source>
            <translation>Cerrar votación</translation>
        </message>
        <message>
            <location line="-46" />
            <source>Close or reopen the vote</source>
            <translation>Cerrar o reabrir la votación</translation>
        </message>
        <message>
            <location line="+17" />
            <source>(choose a brainstorm)</source>
            <translation>(elija una lluvia de ideas)</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Settings are fixed because dots have been cast. Reset the vote to change them (you can undo the reset).</source>
            <translation>Los ajustes están fijos porque ya hay puntos emitidos. Reinicie la votación para cambiarlos (puede deshacer el reinicio).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Reopen vote</source>
            <translation>Reabrir votación</translation>
        </message>
    </context>
    <context>
        <name>StatementsPanel</name>
        <message>
            <location filename="../../src/workshop/ui/purpose/statements.py" line="+67" />
            <source>1 · Own purposes</source>
            <translation>1 · Propósitos propios</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Whose purpose (type a name)</source>
            <translation>De quién es el propósito (escriba un nombre)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Whose purpose?</source>
            <translation>¿De quién es?</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Purpose statement</source>
            <translation>Propósito</translation>
        </message>
        <message>
            <location line="+1" />
            <source>We are here to…  (Enter adds it)</source>
            <translation>Estamos aquí para…  (Intro lo añade)</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+112" />
            <location line="+42" />
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <location line="-153" />
            <source>Add purpose statement</source>
            <translation>Añadir propósito</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Purpose statements</source>
            <translation>Propósitos</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Edi&amp;t</source>
            <translation>Edi&amp;tar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Edit the selected statement</source>
            <translation>Editar el propósito seleccionado</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove the selected statement</source>
            <translation>Quitar el propósito seleccionado</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Organisation…</source>
            <translation>Organización…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Participant…</source>
            <translation>Participante…</translation>
        </message>
        <message>
            <location line="+18" />
            <source>1 · Own purposes (%1)</source>
            <translation>1 · Propósitos propios (%1)</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Nobody called “%1” is on the participant list.</source>
            <translation>No hay nadie llamado «%1» en la lista de participantes.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Type whose purpose this is.</source>
            <translation>Escriba de quién es este propósito.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Saved the purpose of %1. Next party:</source>
            <translation>Guardado el propósito de %1. Siguiente parte:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Editing the purpose of %1: Enter saves, Escape cancels.</source>
            <translation>Editando el propósito de %1: Intro guarda, Esc cancela.</translation>
        </message>
    </context>
    <context>
        <name>TallyPanel</name>
        <message>
            <location filename="../../src/workshop/ui/vote/collect.py" line="-262" />
            <source>Count the paper dots on each sticky. Type the number and press Enter to go to the next item; + and - adjust the current one; Up/Down move.</source>
            <translation>Cuente los puntos en papel de cada nota. Escriba el número y pulse Intro para pasar al siguiente; + y - ajustan el actual; Arriba/Abajo se mueven.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Items and their paper dots</source>
            <translation>Elementos y sus puntos en papel</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Paper dots on this item</source>
            <translation>Puntos en papel de este elemento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>dots</source>
            <translation>puntos</translation>
        </message>
        <message>
            <location line="+6" />
            <source>One paper dot less</source>
            <translation>Un punto en papel menos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One paper dot more</source>
            <translation>Un punto en papel más</translation>
        </message>
        <message numerus="yes">
            <location line="+32" />
            <source>Paper dots: %1 on %n item(s).</source>
            <translation>
                <numerusform>Puntos en papel: %1 en %n elemento.</numerusform>
                <numerusform>Puntos en papel: %1 en %n elementos.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+15" />
            <source>Nothing to tally yet.</source>
            <translation>Aún no hay nada que contar.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>“%1”: %2 on paper</source>
            <translation>«%1»: %2 en papel</translation>
        </message>
    </context>
    <context>
        <name>ThemesPanel</name>
        <message>
            <location filename="../../src/workshop/ui/purpose/themes.py" line="+67" />
            <source>2 · Where they meet</source>
            <translation>2 · Dónde coinciden</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Shared themes</source>
            <translation>Temas compartidos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parties</source>
            <translation>Partes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Merge (M)</source>
            <translation>&amp;Unir (M)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Merge the selected themes into one</source>
            <translation>Unir los temas seleccionados en uno</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Hide (H)</source>
            <translation>Ocultar (H)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hide the selected themes as noise</source>
            <translation>Ocultar los temas seleccionados como ruido</translation>
        </message>
        <message>
            <location line="+3" />
            <source>All terms</source>
            <translation>Todos los términos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show terms used by one party too</source>
            <translation>Mostrar también términos de una sola parte</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Sho&amp;w themes to the room</source>
            <translation>Mo&amp;strar temas a la sala</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show the shared themes on the projector</source>
            <translation>Mostrar los temas compartidos en el proyector</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Phrases to count as one, separated by =</source>
            <translation>Frases que cuentan como una, separadas por =</translation>
        </message>
        <message>
            <location line="+1" />
            <source>young people = youth   (Enter merges)</source>
            <translation>gente joven = juventud   (Intro une)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Merged (select, Delete splits) · Hidden (select, Delete shows)</source>
            <translation>Unidos (seleccione; Supr separa) · Ocultos (seleccione; Supr muestra)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Merged terms</source>
            <translation>Términos unidos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Hidden terms</source>
            <translation>Términos ocultos</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Split</source>
            <translation>Separar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Split the selected merge</source>
            <translation>Separar la unión seleccionada</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the selected hidden term again</source>
            <translation>Volver a mostrar el término oculto seleccionado</translation>
        </message>
        <message numerus="yes">
            <location line="+27" />
            <source>2 · Where they meet (%n shared theme(s))</source>
            <translation>
                <numerusform>2 · Dónde coinciden (%n tema compartido)</numerusform>
                <numerusform>2 · Dónde coinciden (%n temas compartidos)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+52" />
            <source>theme %1, </source>
            <translation>tema %1, </translation>
        </message>
        <message>
            <location line="+21" />
            <source>Select two or more themes to merge (Ctrl+click or Shift+arrows).</source>
            <translation>Seleccione dos o más temas para unir (Ctrl+clic o Mayús+flechas).</translation>
        </message>
    </context>
    <context>
        <name>TrendsWidget</name>
        <message>
            <location filename="../../src/workshop/ui/series/charts.py" line="-56" />
            <source>not asked</source>
            <translation>no preguntado</translation>
        </message>
        <message>
            <location line="+3" />
            <source> then </source>
            <translation> luego </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nothing asked yet</source>
            <translation>Aún no se ha preguntado nada</translation>
        </message>
        <message>
            <location line="+11" />
            <source>No trend yet: nothing was asked at two meetings.</source>
            <translation>Aún no hay tendencia: no se preguntó nada en dos reuniones.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Meeting %1</source>
            <translation>Reunión %1</translation>
        </message>
    </context>
    <context>
        <name>VoteScreen</name>
        <message>
            <location filename="../../src/workshop/ui/vote/screen.py" line="+56" />
            <source>Ways to vote, results and settings</source>
            <translation>Formas de votar, resultados y ajustes</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Ballot at the laptop</source>
            <translation>&amp;Papeleta en el portátil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Tally from paper</source>
            <translation>Recuento en pape&amp;l</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pro&amp;xy ballot</source>
            <translation>Voto &amp;delegado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Results</source>
            <translation>&amp;Resultados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Settin&amp;gs</source>
            <translation>A&amp;justes</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&lt;b&gt;Who has voted&lt;/b&gt;</source>
            <translation>&lt;b&gt;Quién ha votado&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Who has voted</source>
            <translation>Quién ha votado</translation>
        </message>
        <message>
            <location line="+34" />
            <source>No brainstorm chosen yet: pick one under Settings.</source>
            <translation>Aún no hay lluvia de ideas elegida: elija una en Ajustes.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the vote is closed</source>
            <translation>la votación está cerrada</translation>
        </message>
        <message>
            <location line="+15" />
            <source>by proxy</source>
            <translation>por delegación</translation>
        </message>
        <message>
            <location line="+4" />
            <source>has voted</source>
            <translation>ha votado</translation>
        </message>
        <message>
            <location line="+3" />
            <source>voting</source>
            <translation>votando</translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>%1 of %n have voted</source>
            <translation>
                <numerusform>Ha votado %1 de %n</numerusform>
                <numerusform>Han votado %1 de %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>(%n by proxy)</source>
            <translation>
                <numerusform>(%n por delegación)</numerusform>
                <numerusform>(%n por delegación)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ballots are secret: this list shows who has voted, never what.</source>
            <translation>Las papeletas son secretas: esta lista muestra quién ha votado, nunca qué.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ballots are open: what each person voted for is shown.</source>
            <translation>Las papeletas son abiertas: se muestra qué votó cada persona.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/workshop/ui/vote/words.py" line="+17" />
            <source>%n dot(s) each</source>
            <translation>
                <numerusform>%n punto cada persona</numerusform>
                <numerusform>%n puntos cada persona</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>at most %n on one item</source>
            <translation>
                <numerusform>como máximo %n en un elemento</numerusform>
                <numerusform>como máximo %n en un elemento</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>own notes allowed</source>
            <translation>se admiten notas propias</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not on your own notes</source>
            <translation>no en las notas propias</translation>
        </message>
        <message>
            <location line="+1" />
            <source>secret ballots</source>
            <translation>papeletas secretas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>open ballots</source>
            <translation>papeletas abiertas</translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>On the ballot: every note, one by one (%n note(s)).</source>
            <translation>
                <numerusform>En la papeleta: cada nota, una a una (%n nota).</numerusform>
                <numerusform>En la papeleta: cada nota, una a una (%n notas).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>The %n cluster(s) are not used.</source>
            <translation>
                <numerusform>%n grupo no se usa.</numerusform>
                <numerusform>Los %n grupos no se usan.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n cluster(s) (with their %1)</source>
            <translation>
                <numerusform>%n grupo (con sus %1)</numerusform>
                <numerusform>%n grupos (con sus %1)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n nota</numerusform>
                <numerusform>%n notas</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>On the ballot: %1.</source>
            <translation>En la papeleta: %1.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Not on it: %n loose note(s) (in no cluster) — choose “clusters and loose notes” to include them.</source>
            <translation>
                <numerusform>Fuera: %n nota suelta (sin grupo); elija «sus grupos y notas sueltas» para incluirla.</numerusform>
                <numerusform>Fuera: %n notas sueltas (sin grupo); elija «sus grupos y notas sueltas» para incluirlas.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>On the ballot: %1 and %2.</source>
            <translation>En la papeleta: %1 y %2.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n loose note(s)</source>
            <translation>
                <numerusform>%n nota suelta</numerusform>
                <numerusform>%n notas sueltas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>pulse</name>
        <message>
            <location filename="../../src/workshop/ui/pulse/words.py" line="+17" />
            <source>Fist of five (0–5)</source>
            <translation>Puño de cinco (0–5)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agreement (1–5)</source>
            <translation>Acuerdo (1–5)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Fist: block</source>
            <translation>Puño: bloqueo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Serious doubts</source>
            <translation>Dudas serias</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Some doubts</source>
            <translation>Algunas dudas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Can live with it</source>
            <translation>Puedo aceptarlo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Good</source>
            <translation>Bien</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fully behind it</source>
            <translation>Totalmente a favor</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Strongly disagree</source>
            <translation>Muy en desacuerdo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Disagree</source>
            <translation>En desacuerdo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Neither</source>
            <translation>Ni sí ni no</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agree</source>
            <translation>De acuerdo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Strongly agree</source>
            <translation>Muy de acuerdo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Common agenda</source>
            <extracomment>The collective impact conditions: (full name, the short name charts use).</extracomment>
            <translation>Agenda común</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shared measurement</source>
            <translation>Medición compartida</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Measures</source>
            <translation>Medición</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mutually reinforcing activities</source>
            <translation>Actividades que se refuerzan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reinforcing</source>
            <translation>Refuerzo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Continuous communication</source>
            <translation>Comunicación continua</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Communication</source>
            <translation>Comunicación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Backbone support</source>
            <translation>Organización de apoyo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Backbone</source>
            <translation>Apoyo</translation>
        </message>
        <message>
            <location line="+33" />
            <source>No answers yet</source>
            <translation>Aún no hay respuestas</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n respuesta</numerusform>
                <numerusform>%n respuestas</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>median %1</source>
            <translation>mediana %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>middle half %1–%2</source>
            <translation>mitad central %1–%2</translation>
        </message>
    </context>
</TS>
