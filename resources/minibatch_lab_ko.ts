<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>BoundaryView</name>
    <message>
        <location filename="../gui/boundary_view.py" line="155"/>
        <source>The decision boundary is shown for 2-D datasets (moons, circles, XOR, blobs).</source>
        <translation>결정 경계는 2차원 데이터(반달, 동심원, XOR, 군집)에서만 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../gui/boundary_view.py" line="158"/>
        <source>train</source>
        <translation>훈련</translation>
    </message>
    <message>
        <location filename="../gui/boundary_view.py" line="159"/>
        <source>validation</source>
        <translation>검증</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <location filename="../gui/dialogs.py" line="49"/>
        <source>Copy as Python</source>
        <translation>Python 코드로 복사</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="58"/>
        <source>Copied to the clipboard. It needs only NumPy and scikit-learn: paste it into a notebook or run it as a file, and it reproduces this run and the MLPClassifier the comparison panel shows.</source>
        <translation>클립보드에 복사했습니다. NumPy와 사이킷런만 있으면 됩니다. 노트북에 붙여 넣거나 파일로 실행하면 이 훈련과 비교 패널에 보이는 MLPClassifier를 그대로 재현합니다.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="65"/>
        <source>Copy again</source>
        <translation>다시 복사</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <location filename="../gui/compare_panel.py" line="219"/>
        <source>Comparison with scikit-learn</source>
        <translation>scikit-learn과 비교</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="220"/>
        <source>Our network</source>
        <translation>우리 신경망</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="221"/>
        <source>MLPClassifier</source>
        <translation>MLPClassifier</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="223"/>
        <source>Validation accuracy</source>
        <translation>검증 정확도</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="224"/>
        <source>Training accuracy</source>
        <translation>훈련 정확도</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="225"/>
        <source>Epochs run</source>
        <translation>실행한 에포크</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="226"/>
        <source>Training time</source>
        <translation>훈련 시간</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="230"/>
        <source>in the book</source>
        <translation>책의 결과</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="232"/>
        <source>What the book prints for its MinibatchNetwork(l2=0.01, batch_size=32) after 500 epochs and for MLPClassifier, which it runs without a random_state: 0.989 is what most seeds give (23 of seeds 0-29), not all of them.</source>
        <translation>책이 출력한 값입니다: MinibatchNetwork(l2=0.01, batch_size=32)를 500 에포크 훈련한 결과와, random_state 없이 실행한 MLPClassifier의 결과입니다. 0.989는 대부분의 시드(0-29 중 23개)에서 나오는 값이지 모든 시드의 값은 아닙니다.</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="240"/>
        <source>Validation accuracy over seeds 0-9:</source>
        <translation>시드 0-9의 검증 정확도:</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="242"/>
        <source>lowest</source>
        <translation>최저</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="243"/>
        <source>median</source>
        <translation>중앙값</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="244"/>
        <source>highest</source>
        <translation>최고</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="251"/>
        <source>How many of the ten seeds reach the book&apos;s figure for MLPClassifier, 0.989.</source>
        <translation>시드 10개 중 책에 나온 MLPClassifier의 값 0.989에 이른 시드 수입니다.</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="256"/>
        <source>MLPClassifier&apos;s defaults, which the book&apos;s comparison used.</source>
        <translation>책에서 비교할 때 사용한 MLPClassifier의 기본 설정입니다.</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="260"/>
        <source>MLPClassifier with this run&apos;s optimiser (its momentum and stopping rule), for a fair comparison.</source>
        <translation>공정하게 비교할 수 있도록 MLPClassifier가 이 실행과 같은 옵티마이저(모멘텀과 종료 규칙)를 사용합니다.</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="264"/>
        <source>MLPClassifier seed:</source>
        <translation>MLPClassifier 시드:</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="265"/>
        <source>same as Seed</source>
        <translation>시드와 같게</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="268"/>
        <source>MLPClassifier&apos;s random_state: its start and batch order. Its score depends on it; &apos;same as Seed&apos; uses the run&apos;s seed.</source>
        <translation>MLPClassifier의 random_state입니다. 초기 가중치와 배치 순서를 정하며 점수가 이 값에 따라 달라집니다. &apos;시드와 같게&apos;는 이 실행의 시드를 사용합니다.</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="272"/>
        <source>Why do the scores differ?…</source>
        <translation>점수는 왜 다를까?…</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="275"/>
        <source>Start from the book&apos;s recipe and switch on MLPClassifier&apos;s differences one at a time (start, shuffling, momentum, loss, stopping rule), training each, until it is MLPClassifier itself.</source>
        <translation>책의 방식에서 시작해 MLPClassifier와 다른 점(초기화, 섞기, 모멘텀, 손실, 종료 규칙)을 하나씩 켜며 각각 훈련해, 마지막에는 MLPClassifier 자체가 됩니다.</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="282"/>
        <source>Train both networks with seeds 0 to 9: how much of the difference is the luck of one seed.</source>
        <translation>두 신경망을 시드 0부터 9까지로 훈련합니다. 차이 중 얼마가 시드 하나의 운인지 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="333"/>
        <source>* stopped early: no 1e-4 gain in 10 epochs.</source>
        <translation>* 조기 종료: 10 에포크 동안 1e-4 이상 개선 없음.</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="336"/>
        <source>MLPClassifier failed: {0}</source>
        <translation>MLPClassifier 학습 실패: {0}</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="358"/>
        <source>Nesterov momentum 0.9, early stopping</source>
        <translation>네스테로프 모멘텀 0.9, 조기 종료</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="361"/>
        <source>Nesterov momentum {0:g}</source>
        <translation>네스테로프 모멘텀 {0:g}</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="361"/>
        <source>momentum {0:g}</source>
        <translation>모멘텀 {0:g}</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="364"/>
        <source>as this run: {0}, every epoch</source>
        <translation>이 실행과 같게: {0}, 모든 에포크 실행</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="365"/>
        <source>as this run: {0}, early stopping</source>
        <translation>이 실행과 같게: {0}, 조기 종료</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="372"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="372"/>
        <source>Over 10 seeds</source>
        <translation>시드 10개로</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="377"/>
        <source>Over 10 seeds: %p%</source>
        <translation>시드 10개로: %p%</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="386"/>
        <source>Over 10 seeds failed: {0}</source>
        <translation>시드 10개 비교 실패: {0}</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="388"/>
        <source>Over 10 seeds: cancelled.</source>
        <translation>시드 10개 비교: 취소했습니다.</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="396"/>
        <source>{0} of {1}</source>
        <translation>{1}개 중 {0}개</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="401"/>
        <source>Over 10 seeds: for earlier settings ({0}).</source>
        <translation>시드 10개 비교: 이전 설정({0})의 결과입니다.</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="349"/>
        <source>MLPClassifier has no L1 penalty: its run ignores L1 = {0}.</source>
        <translation>MLPClassifier에는 L1 규제가 없어서 L1 = {0} 설정은 무시됩니다.</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="300"/>
        <source>training…</source>
        <translation>훈련 중…</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="255"/>
        <source>As in the book</source>
        <translation>책과 같은 설정</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="257"/>
        <source>Same algorithm</source>
        <translation>같은 알고리즘</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="301"/>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="302"/>
        <source>weights overflowed</source>
        <translation>가중치 오버플로</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="320"/>
        <source>These numbers belong to earlier settings ({0}). Train to compare the settings shown now.</source>
        <translation>이 숫자는 이전 설정({0})의 결과입니다. 지금 설정과 비교하려면 다시 훈련하세요.</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="328"/>
        <source>MLPClassifier: random_state {0}, momentum {1:g}.</source>
        <translation>MLPClassifier: random_state {0}, 모멘텀 {1:g}.</translation>
    </message>
</context>
<context>
    <name>CosineChart</name>
    <message>
        <location filename="../gui/cosine_chart.py" line="104"/>
        <source>One column per run, labelled with its batch size.</source>
        <translation>훈련 하나가 한 열이며, 아래에 배치 크기가 적혀 있습니다.</translation>
    </message>
    <message>
        <location filename="../gui/cosine_chart.py" line="156"/>
        <source>full</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../gui/cosine_chart.py" line="204"/>
        <source>{batch}: median {median:.2f}, {below:.0%} below 0</source>
        <translation>{batch}: 중앙값 {median:.2f}, 0 미만 {below:.0%}</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <location filename="../gui/csv_texts.py" line="26"/>
        <source>column {number}</source>
        <translation>{number}번째 열</translation>
    </message>
    <message>
        <location filename="../gui/csv_texts.py" line="34"/>
        <source>ignored</source>
        <translation>무시</translation>
    </message>
    <message>
        <location filename="../gui/csv_texts.py" line="35"/>
        <source>named like an id</source>
        <translation>ID 같은 이름</translation>
    </message>
    <message>
        <location filename="../gui/csv_texts.py" line="36"/>
        <source>a row number</source>
        <translation>행 번호</translation>
    </message>
    <message>
        <location filename="../gui/csv_texts.py" line="37"/>
        <source>empty</source>
        <translation>빈 열</translation>
    </message>
    <message>
        <location filename="../gui/csv_texts.py" line="52"/>
        <source>Ignored: {columns}</source>
        <translation>무시한 열: {columns}</translation>
    </message>
    <message>
        <location filename="../gui/csv_texts.py" line="56"/>
        <source>{count} rows with missing values dropped</source>
        <translation>누락된 값이 있는 행 {count}개 뺌</translation>
    </message>
    <message>
        <location filename="../gui/csv_texts.py" line="62"/>
        <source>{count} rows of other classes dropped</source>
        <translation>다른 클래스의 행 {count}개 뺌</translation>
    </message>
    <message>
        <location filename="../gui/csv_loader.py" line="218"/>
        <source>Reading the CSV file</source>
        <translation>CSV 파일 읽는 중</translation>
    </message>
    <message>
        <location filename="../gui/csv_loader.py" line="220"/>
        <source>Reading {file}…</source>
        <translation>{file} 읽는 중…</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../gui/csv_dialog.py" line="114"/>
        <source>Import a CSV file</source>
        <translation>CSV 파일 가져오기</translation>
    </message>
    <message>
        <location filename="../gui/csv_dialog.py" line="115"/>
        <source>File: {path}</source>
        <translation>파일: {path}</translation>
    </message>
    <message>
        <location filename="../gui/csv_dialog.py" line="118"/>
        <source>The first rows. Untick a column to ignore it; click a column&apos;s header to make it the label. Red cells would stop the load.</source>
        <translation>처음 몇 행입니다. 체크를 해제한 열은 무시하고, 열 머리글을 클릭하면 그 열이 레이블이 됩니다. 빨간 셀이 있으면 불러오기가 멈춥니다.</translation>
    </message>
    <message>
        <location filename="../gui/csv_dialog.py" line="122"/>
        <source>Load</source>
        <translation>불러오기</translation>
    </message>
    <message>
        <location filename="../gui/csv_dialog.py" line="123"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../gui/csv_texts.py" line="93"/>
        <source>Row {row} was taken as the header, but it could also be data: untick the box if it is.</source>
        <translation>{row}행을 머리글로 보았지만 데이터일 수도 있습니다. 데이터라면 체크를 해제하세요.</translation>
    </message>
    <message>
        <location filename="../gui/csv_texts.py" line="98"/>
        <source>Row {row} was taken as data, but it could also be a header: tick the box if it is.</source>
        <translation>{row}행을 데이터로 보았지만 머리글일 수도 있습니다. 머리글이라면 체크하세요.</translation>
    </message>
    <message>
        <location filename="../gui/csv_preview.py" line="65"/>
        <source>Use</source>
        <translation>사용</translation>
    </message>
    <message>
        <location filename="../gui/csv_texts.py" line="108"/>
        <source>{name}
(label)</source>
        <translation>{name}
(레이블)</translation>
    </message>
    <message>
        <location filename="../gui/csv_texts.py" line="110"/>
        <source>{name}
(ignored)</source>
        <translation>{name}
(무시)</translation>
    </message>
    <message>
        <location filename="../gui/csv_preview.py" line="106"/>
        <source>label</source>
        <translation>레이블</translation>
    </message>
    <message>
        <location filename="../gui/csv_preview.py" line="113"/>
        <source>feature</source>
        <translation>특성</translation>
    </message>
    <message>
        <location filename="../gui/csv_preview.py" line="116"/>
        <source>Ticked: a feature the network learns from. Unticked: ignored.</source>
        <translation>체크: 신경망이 학습에 쓰는 특성. 체크 해제: 무시.</translation>
    </message>
    <message>
        <location filename="../gui/csv_texts.py" line="72"/>
        <source>A missing value: the load stops here unless rows are dropped.</source>
        <translation>누락된 값: 행을 빼도록 고르지 않으면 불러오기가 여기서 멈춥니다.</translation>
    </message>
    <message>
        <location filename="../gui/csv_texts.py" line="75"/>
        <source>Not a number: ignore this column, make it the label, or check the decimal mark.</source>
        <translation>숫자가 아닙니다: 이 열을 무시하거나, 레이블로 정하거나, 소수점 설정을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../gui/csv_texts.py" line="79"/>
        <source>Too large to standardise (or infinite).</source>
        <translation>너무 커서(또는 무한대라서) 표준화할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../gui/csv_texts.py" line="82"/>
        <source>This row has a different number of cells than the others.</source>
        <translation>이 행은 다른 행과 셀 개수가 다릅니다.</translation>
    </message>
    <message>
        <location filename="../gui/csv_texts.py" line="118"/>
        <source>{rows} rows</source>
        <translation>{rows}행</translation>
    </message>
    <message>
        <location filename="../gui/csv_texts.py" line="120"/>
        <source>about {rows} rows (estimated from the first rows)</source>
        <translation>약 {rows}행 (처음 몇 행으로 추정)</translation>
    </message>
    <message>
        <location filename="../gui/csv_texts.py" line="124"/>
        <source>{rows}, {columns} columns: {features} features, label &apos;{label}&apos;.</source>
        <translation>{rows}, 열 {columns}개: 특성 {features}개, 레이블 &apos;{label}&apos;.</translation>
    </message>
    <message>
        <location filename="../gui/csv_texts.py" line="134"/>
        <source>The first rows hold {count} classes ({classes}): choose class 1, and class 0 or every other class.</source>
        <translation>처음 몇 행에 클래스가 {count}개 있습니다({classes}). 클래스 1을 고르고, 클래스 0은 하나를 고르거나 나머지 모든 클래스로 두세요.</translation>
    </message>
    <message>
        <location filename="../gui/csv_texts.py" line="147"/>
        <source>every other class</source>
        <translation>나머지 모든 클래스</translation>
    </message>
    <message>
        <location filename="../gui/csv_texts.py" line="149"/>
        <source>&apos;{zero}&apos; → 0, &apos;{one}&apos; → 1.</source>
        <translation>&apos;{zero}&apos; → 0, &apos;{one}&apos; → 1로 봅니다.</translation>
    </message>
    <message>
        <location filename="../gui/csv_texts.py" line="153"/>
        <source>{count} cells of the first rows would stop the load (red: point at them to see why).</source>
        <translation>처음 몇 행에서 셀 {count}개 때문에 불러오기가 멈춥니다(빨간 셀: 마우스를 올리면 이유가 보입니다).</translation>
    </message>
    <message>
        <location filename="../gui/csv_texts.py" line="162"/>
        <source>Ignored: {columns}.</source>
        <translation>무시한 열: {columns}.</translation>
    </message>
    <message>
        <location filename="../gui/csv_dialog.py" line="288"/>
        <source>Reading the file failed unexpectedly:
{details}</source>
        <translation>파일을 읽다가 예상하지 못한 오류가 났습니다:
{details}</translation>
    </message>
    <message>
        <location filename="../gui/csv_dialog.py" line="295"/>
        <source>Loading cancelled: nothing was changed.</source>
        <translation>불러오기를 취소했습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>CsvOptionsForm</name>
    <message>
        <location filename="../gui/csv_options_form.py" line="91"/>
        <source>How to read the file</source>
        <translation>파일 읽는 방법</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="92"/>
        <source>What to learn</source>
        <translation>무엇을 학습할지</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="96"/>
        <source>Encoding</source>
        <translation>인코딩</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="98"/>
        <source>How the file&apos;s bytes become letters. Automatic looks for a byte-order mark, then tries UTF-8, then cp949 (what Excel saves on a Korean Windows).</source>
        <translation>파일의 바이트를 글자로 바꾸는 방식입니다. 자동은 바이트 순서 표시(BOM)를 찾고, 다음에 UTF-8, 그다음 cp949(한국어 Windows의 Excel이 저장하는 형식)를 시도합니다.</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="103"/>
        <source>Automatic</source>
        <translation>자동</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="105"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 (BOM 포함)</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="106"/>
        <source>cp949 / EUC-KR (Korean Excel)</source>
        <translation>cp949 / EUC-KR (한국어 Excel)</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="111"/>
        <location filename="../gui/csv_options_form.py" line="195"/>
        <source>Automatic (found: {encoding})</source>
        <translation>자동 (찾은 인코딩: {encoding})</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="119"/>
        <source>Delimiter</source>
        <translation>구분자</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="120"/>
        <source>The character between two cells of a row.</source>
        <translation>한 행에서 두 셀 사이에 있는 문자입니다.</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="123"/>
        <source>Comma ( , )</source>
        <translation>쉼표 ( , )</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="124"/>
        <source>Semicolon ( ; )</source>
        <translation>세미콜론 ( ; )</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="125"/>
        <source>Tab</source>
        <translation>탭</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="126"/>
        <source>Space</source>
        <translation>공백</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="133"/>
        <source>Decimal mark</source>
        <translation>소수점</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="134"/>
        <source>How numbers write their fraction: 1.5 (point) or 1,5 (comma).</source>
        <translation>숫자의 소수 부분을 쓰는 방식: 1.5(마침표) 또는 1,5(쉼표).</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="136"/>
        <source>Point (1.5)</source>
        <translation>마침표 (1.5)</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="137"/>
        <source>Comma (1,5)</source>
        <translation>쉼표 (1,5)</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="138"/>
        <source>The first row is a header (column names)</source>
        <translation>첫 행은 머리글(열 이름)입니다</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="140"/>
        <source>Untick it if the first row holds data: otherwise that row is lost.</source>
        <translation>첫 행이 데이터라면 체크를 해제하세요. 그러지 않으면 그 행을 잃습니다.</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="145"/>
        <source>Label column</source>
        <translation>레이블 열</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="147"/>
        <source>The column the network learns to predict. You can also click a column&apos;s header in the table.</source>
        <translation>신경망이 예측하도록 학습할 열입니다. 표에서 열 머리글을 클릭해도 됩니다.</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="154"/>
        <source>Class 1</source>
        <translation>클래스 1</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="156"/>
        <source>The label value the network calls 1. With more than two classes, choose one: it is learnt against all the others.</source>
        <translation>신경망이 1이라고 부를 레이블 값입니다. 클래스가 셋 이상이면 하나를 고르세요. 그 클래스를 나머지 전부와 구분하도록 학습합니다.</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="163"/>
        <source>Class 0</source>
        <translation>클래스 0</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="165"/>
        <source>What the network calls 0: every other class, or a single class (the rows of the remaining classes are then dropped).</source>
        <translation>신경망이 0이라고 부를 것: 나머지 모든 클래스, 또는 클래스 하나(이때 남은 클래스의 행은 뺍니다).</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="172"/>
        <source>Missing values</source>
        <translation>누락된 값</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="174"/>
        <source>An empty cell, NA, NaN or ?: stop and say where it is, or leave out the rows that have one (the summary says how many).</source>
        <translation>빈 셀, NA, NaN 또는 ?: 멈추고 위치를 알려 주거나, 그런 값이 있는 행을 뺍니다(요약에 몇 개인지 나옵니다).</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="178"/>
        <source>Refuse the file (say where)</source>
        <translation>파일 거부 (위치 알림)</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="179"/>
        <source>Drop those rows</source>
        <translation>그 행 빼기</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="296"/>
        <source>Choose one: the first rows hold {count} classes</source>
        <translation>하나를 고르세요: 처음 몇 행에 클래스가 {count}개 있습니다</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="300"/>
        <source>Automatic: &apos;{name}&apos; (the second in order)</source>
        <translation>자동: &apos;{name}&apos; (정렬 순서로 두 번째)</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="316"/>
        <source>Every other class</source>
        <translation>나머지 모든 클래스</translation>
    </message>
</context>
<context>
    <name>DataErrors</name>
    <message>
        <location filename="../engine/error_catalog.py" line="45"/>
        <source>No such file: {path}. Check the folder and the file name.</source>
        <translation>{path} 파일이 없습니다. 폴더와 파일 이름을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="48"/>
        <source>{path} is a folder, not a CSV file. Choose a .csv file inside it.</source>
        <translation>{path}: CSV 파일이 아니라 폴더입니다. 폴더 안에 있는 .csv 파일을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="51"/>
        <source>{path} is not a file but a device or a pipe; it is not read. Choose a CSV file.</source>
        <translation>{path}: 파일이 아니라 장치나 파이프이므로 읽지 않습니다. CSV 파일을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="55"/>
        <source>Cannot read {path}: {reason}. Check that the file is readable.</source>
        <translation>{path} 파일을 읽을 수 없습니다: {reason}. 파일을 읽을 수 있는지(권한 등) 확인하세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="77"/>
        <source>{file} is empty. Choose a CSV file with data rows.</source>
        <translation>{file}: 파일이 비어 있습니다. 데이터 행이 들어 있는 CSV 파일을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="78"/>
        <source>{file} has a header line but no data rows. Add the data below the header.</source>
        <translation>{file}: 머리글 행만 있고 데이터 행이 없습니다. 머리글 아래에 데이터를 추가하세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="108"/>
        <source>{file}, row {row}: {count} cells, but {reference} has {expected}. Give every row the same number of cells (look for a missing or extra separator).</source>
        <translation>{file}, {row}행: 셀이 {count}개인데 {reference}에는 {expected}개 있습니다. 모든 행의 셀 개수를 똑같이 맞추세요(빠졌거나 남는 구분자가 있는지 살펴보세요).</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="123"/>
        <source>{file}, row {row}, {column}: {value} is infinite. Replace it with a finite number or delete the row.</source>
        <translation>{file}, {row}행, {column}: {value} 값은 무한대입니다. 유한한 숫자로 바꾸거나 이 행을 삭제하세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="128"/>
        <source>{file}, row {row}, {column}: {value} is too large to standardise (its square overflows). Rescale the column, e.g. to other units, so that values stay below about {value_limit}.</source>
        <translation>{file}, {row}행, {column}: {value} 값이 너무 커서 표준화할 수 없습니다(제곱하면 오버플로가 일어납니다). 다른 단위로 바꾸는 식으로 열의 크기를 조정해 값이 대략 {value_limit}보다 작아지게 하세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="144"/>
        <source>{where}: every row has the value {value}; a classifier needs two classes. Choose another label column or add rows of the other class.</source>
        <translation>{where}: 모든 행의 값이 {value}입니다. 분류 모델에는 클래스가 두 개 필요합니다. 다른 레이블 열을 고르거나 다른 클래스의 행을 추가하세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="159"/>
        <source>{where}: class {class_name} has only {count} row(s); each class needs at least 2 (one for training, one for validation). Add rows of that class.</source>
        <translation>{where}: 클래스 {class_name}의 행이 {count}개뿐입니다. 클래스마다 행이 적어도 2개(훈련용 하나, 검증용 하나) 필요합니다. 이 클래스의 행을 더 추가하세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="164"/>
        <source>{where}: a validation ratio of {val_ratio} splits the {rows} rows into {train} train / {validation} validation, which cannot give both parts a row of each class: the smaller class ({class_name}) has {count} rows. Add rows of that class or choose a validation ratio nearer 0.5.</source>
        <translation>{where}: 검증 비율이 {val_ratio}이면 {rows}개 행이 훈련 {train}개 / 검증 {validation}개로 나뉘어, 훈련 세트와 검증 세트 양쪽에 두 클래스의 행을 모두 넣을 수 없습니다. 행이 적은 클래스({class_name})의 행은 {count}개입니다. 이 클래스의 행을 더 추가하거나 검증 비율을 0.5에 더 가깝게 고르세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="199"/>
        <source>the value is missing ({value})</source>
        <translation>값이 누락되었습니다({value})</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="200"/>
        <source>the cell is empty</source>
        <translation>셀이 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="58"/>
        <source>{file}, row {row}: the file holds binary data (NUL bytes), so it is not a text CSV file. Export the data as CSV and open that file.</source>
        <translation>{file}, {row}행: 바이너리 데이터(NUL 바이트)가 들어 있어 텍스트 CSV 파일이 아닙니다. 데이터를 CSV 형식으로 내보낸 뒤 그 파일을 여세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="63"/>
        <source>{file}, row {row}: byte {byte} is not valid {encoding} text. Choose the file&apos;s encoding (in the import dialog, or with --encoding; e.g. cp949 or latin-1), or save the file as &apos;CSV UTF-8&apos;.</source>
        <translation>{file}, {row}행: 바이트 {byte}은(는) {encoding} 텍스트로 읽을 수 없습니다. 파일의 인코딩을 고르거나(가져오기 대화 상자 또는 --encoding, 예: cp949, latin-1) 파일을 &apos;CSV UTF-8&apos; 형식으로 저장하세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="69"/>
        <source>{file}, row {row}: {reason}. Check the quotes from that row on.</source>
        <translation>{file}, {row}행: {reason}. 이 행부터 따옴표를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="72"/>
        <source>{file}, row {row}: the row runs over {megabytes} MB without ending; a quote is probably never closed. Check the quotes from that row on.</source>
        <translation>{file}, {row}행: 행이 {megabytes}MB가 넘도록 끝나지 않습니다. 닫히지 않은 따옴표가 있는 것 같습니다. 이 행부터 따옴표를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="82"/>
        <source>{file}, row {row}: found {count} column (separator {separator}); at least 2 are needed, one or more features and the label. Choose the delimiter that separates the values.</source>
        <translation>{file}, {row}행: 열이 {count}개뿐입니다(구분자 {separator}). 특성 열이 하나 이상 있고 레이블 열도 있어야 하므로 열이 적어도 2개 필요합니다. 값을 나누는 구분자를 고르세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="88"/>
        <source>{file}: columns {first} and {second} are both named {name}. Rename one of them in the header, so that each column can be chosen by name.</source>
        <translation>{file}: {first}번째 열과 {second}번째 열의 이름이 모두 {name}입니다. 이름으로 열을 고를 수 있도록 머리글에서 둘 중 하나의 이름을 바꾸세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="93"/>
        <source>{file} has no column {name} (asked for as {role}). Choose from: {columns} (or give its number, 1 to {count}).</source>
        <translation>{file}에는 {name} 열이 없습니다({role}(으)로 지정됨). 다음 중에서 고르세요: {columns} (또는 1부터 {count}까지의 열 번호를 입력하세요).</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="98"/>
        <source>{file}: {column} cannot be both the label and ignored. Choose another label column or stop ignoring it.</source>
        <translation>{file}: {column}은(는) 레이블이면서 동시에 무시할 열일 수 없습니다. 다른 레이블 열을 고르거나 이 열을 무시하지 마세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="103"/>
        <source>{file}: every column except the label is ignored, so no feature is left. Ignore fewer columns.</source>
        <translation>{file}: 레이블을 뺀 모든 열을 무시해서 남은 특성이 없습니다. 무시할 열을 줄이세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="113"/>
        <source>{file}, row {row}, {column}: {missing}. Fill it in, delete the row, or drop rows with missing values.</source>
        <translation>{file}, {row}행, {column}: {missing}. 값을 채우거나, 이 행을 삭제하거나, 누락된 값이 있는 행을 빼도록 고르세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="118"/>
        <source>{file}, row {row}, {column}: {value} is not a number{hint}. Feature columns must hold numbers: correct the cell, ignore the column, or choose it as the label.</source>
        <translation>{file}, {row}행, {column}: {value} 값은 숫자가 아닙니다{hint}. 특성 열에는 숫자만 들어갈 수 있습니다. 셀을 고치거나, 이 열을 무시하거나, 레이블 열로 선택하세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="134"/>
        <source>{file}, row {row}, {column}: {missing}. Fill in the label, delete the row, or drop rows with missing values.</source>
        <translation>{file}, {row}행, {column}: {missing}. 레이블을 채우거나, 이 행을 삭제하거나, 누락된 값이 있는 행을 빼도록 고르세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="139"/>
        <source>{file}, row {row}: more than {limit} cells so far ({count} columns); this app reads up to {limit}. Use fewer rows or columns.</source>
        <translation>{file}, {row}행: 여기까지 셀이 {limit}개를 넘었습니다(열 {count}개). 이 앱은 셀을 {limit}개까지 읽습니다. 행이나 열을 줄이세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="149"/>
        <source>{where}: {count} different values ({classes}); the network here tells two classes apart. Choose the class that is 1, learnt against the rest (--positive-class, or Class 1 in the import dialog), or two classes to keep (--keep-classes A,B, or Class 0 in the dialog).</source>
        <translation>{where}: 서로 다른 값이 {count}개 있습니다({classes}). 이 신경망은 두 클래스를 구분합니다. 1이 될 클래스를 골라 나머지 전부와 구분하게 하거나(가져오기 대화 상자의 클래스 1, 또는 --positive-class), 남길 두 클래스를 고르세요(대화 상자의 클래스 0, 또는 --keep-classes A,B).</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="156"/>
        <source>{where}: no row has the class {value}. Choose one of: {choices}.</source>
        <translation>{where}: 클래스가 {value}인 행이 없습니다. 다음 중에서 고르세요: {choices}.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="171"/>
        <source>{where}: some values are too large to standardise (their squares overflow); rescale the columns, e.g. to other units, so that values stay below about {value_limit}.</source>
        <translation>{where}: 값이 너무 커서 표준화할 수 없습니다(제곱하면 오버플로가 일어납니다). 다른 단위로 바꾸는 식으로 열의 크기를 조정해 값이 대략 {value_limit}보다 작아지게 하세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="201"/>
        <source>{file}, label {column}</source>
        <translation>{file}, 레이블 {column}</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="202"/>
        <source>the label column</source>
        <translation>레이블 열</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="203"/>
        <source>a column to ignore</source>
        <translation>무시할 열</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="204"/>
        <source>comma</source>
        <translation>쉼표</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="205"/>
        <source>semicolon</source>
        <translation>세미콜론</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="206"/>
        <source>tab</source>
        <translation>탭</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="207"/>
        <source>space</source>
        <translation>공백</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="208"/>
        <source>the header</source>
        <translation>머리글 행</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="209"/>
        <source>row {row}</source>
        <translation>{row}행</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="210"/>
        <source> (the decimal mark is set to point: choose comma)</source>
        <translation>(소수점이 마침표로 설정되어 있습니다. 쉼표를 고르세요)</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="213"/>
        <source> (the decimal mark is set to comma: choose point)</source>
        <translation>(소수점이 쉼표로 설정되어 있습니다. 마침표를 고르세요)</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="216"/>
        <source> (if row {row} is a header, say so: --header yes, or tick it in the import dialog)</source>
        <translation>({row}행이 머리글이라면 가져오기 대화 상자에서 체크하거나 --header yes로 알려 주세요)</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="220"/>
        <source>column {name} ({number})</source>
        <translation>{name} 열({number}번째)</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="221"/>
        <source>column {number}</source>
        <translation>{number}번째 열</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="222"/>
        <source> and {count} more</source>
        <translation> 외 {count}개</translation>
    </message>
</context>
<context>
    <name>DifferenceDialog</name>
    <message>
        <location filename="../gui/difference_dialog.py" line="117"/>
        <source>Why do the scores differ?</source>
        <translation>점수는 왜 다를까?</translation>
    </message>
    <message>
        <location filename="../gui/difference_dialog.py" line="120"/>
        <source>Our network and MLPClassifier differ in four places. Each row switches one more of them on and trains again; the last row is MLPClassifier itself. Read down the last column to see which difference changes the score.</source>
        <translation>우리 신경망과 MLPClassifier는 네 곳이 다릅니다. 행마다 다른 점을 하나씩 더 켜고 다시 훈련하며, 마지막 행은 MLPClassifier 자체입니다. 마지막 열을 위에서 아래로 읽으면 어떤 차이가 점수를 바꾸는지 보입니다.</translation>
    </message>
    <message>
        <location filename="../gui/difference_dialog.py" line="127"/>
        <source>Variant</source>
        <translation>변형</translation>
    </message>
    <message>
        <location filename="../gui/difference_dialog.py" line="128"/>
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../gui/difference_dialog.py" line="129"/>
        <source>Training loss</source>
        <translation>훈련 손실</translation>
    </message>
    <message>
        <location filename="../gui/difference_dialog.py" line="130"/>
        <source>Validation accuracy</source>
        <translation>검증 정확도</translation>
    </message>
    <message>
        <location filename="../gui/difference_dialog.py" line="131"/>
        <source>Change</source>
        <translation>변화</translation>
    </message>
    <message>
        <location filename="../gui/difference_dialog.py" line="134"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../gui/difference_dialog.py" line="135"/>
        <source>Compute again</source>
        <translation>다시 계산</translation>
    </message>
    <message>
        <location filename="../gui/difference_dialog.py" line="136"/>
        <source>Compute the table for the settings shown now.</source>
        <translation>지금 보이는 설정으로 표를 계산합니다.</translation>
    </message>
    <message>
        <location filename="../gui/difference_dialog.py" line="149"/>
        <source>Training variant %v of %m…</source>
        <translation>변형 %m개 중 %v번째 훈련 중…</translation>
    </message>
    <message>
        <location filename="../gui/difference_dialog.py" line="153"/>
        <source>Settings: {0}. Every row uses seed {1}.</source>
        <translation>설정: {0}. 모든 행이 시드 {1}을 사용합니다.</translation>
    </message>
    <message>
        <location filename="../gui/difference_dialog.py" line="161"/>
        <source>The table could not be computed: {0}</source>
        <translation>표를 계산하지 못했습니다: {0}</translation>
    </message>
    <message>
        <location filename="../gui/difference_dialog.py" line="166"/>
        <source>Cancelled. Press Compute again to start over.</source>
        <translation>취소했습니다. 처음부터 하려면 &apos;다시 계산&apos;을 누르세요.</translation>
    </message>
    <message>
        <location filename="../gui/difference_dialog.py" line="203"/>
        <source>The last two rows agree: with all its differences switched on, our network trains exactly as MLPClassifier does.</source>
        <translation>마지막 두 행이 같습니다. 다른 점을 모두 켜면 우리 신경망은 MLPClassifier와 똑같이 훈련됩니다.</translation>
    </message>
    <message>
        <location filename="../gui/difference_dialog.py" line="208"/>
        <source>The last two rows do not agree here: MLPClassifier does something these settings do not reproduce.</source>
        <translation>여기서는 마지막 두 행이 다릅니다. 이 설정으로는 재현되지 않는 무언가를 MLPClassifier가 하고 있습니다.</translation>
    </message>
    <message>
        <location filename="../gui/difference_dialog.py" line="214"/>
        <source>* stopped early by the stopping rule. Training losses above the &apos;training loss&apos; row count the L2 penalty once per epoch (the book), from it on once per mini-batch (scikit-learn).</source>
        <translation>* 종료 규칙으로 일찍 멈췄습니다. &apos;훈련 손실&apos; 행보다 위의 훈련 손실은 L2 페널티를 에포크마다 한 번(책의 방식), 그 행부터는 미니 배치마다 한 번(scikit-learn의 방식) 더합니다.</translation>
    </message>
    <message>
        <location filename="../gui/difference_dialog.py" line="220"/>
        <source>MLPClassifier has no L1 penalty: every row trains with L1 = 0.</source>
        <translation>MLPClassifier에는 L1 페널티가 없습니다. 모든 행을 L1 = 0으로 훈련합니다.</translation>
    </message>
    <message>
        <location filename="../gui/difference_dialog.py" line="225"/>
        <source>The book&apos;s training loss: the L2 penalty once per epoch.</source>
        <translation>책의 훈련 손실: L2 페널티를 에포크마다 한 번 더합니다.</translation>
    </message>
    <message>
        <location filename="../gui/difference_dialog.py" line="226"/>
        <source>scikit-learn&apos;s loss_curve_: the L2 penalty once per mini-batch.</source>
        <translation>scikit-learn의 loss_curve_: L2 페널티를 미니 배치마다 한 번 더합니다.</translation>
    </message>
</context>
<context>
    <name>Differences</name>
    <message>
        <location filename="../gui/difference_dialog.py" line="45"/>
        <source>The book&apos;s recipe</source>
        <translation>책의 방식</translation>
    </message>
    <message>
        <location filename="../gui/difference_dialog.py" line="46"/>
        <source>+ its initialisation (Glorot uniform, biases too)</source>
        <translation>+ MLPClassifier의 초기화 (글로럿 균등 분포, 절편 포함)</translation>
    </message>
    <message>
        <location filename="../gui/difference_dialog.py" line="47"/>
        <source>+ its shuffling (a cumulative reshuffle)</source>
        <translation>+ MLPClassifier의 섞기 (누적해서 다시 섞기)</translation>
    </message>
    <message>
        <location filename="../gui/difference_dialog.py" line="48"/>
        <source>+ SGD with Nesterov momentum {0:g}</source>
        <translation>+ 네스테로프 모멘텀 {0:g}의 SGD</translation>
    </message>
    <message>
        <location filename="../gui/difference_dialog.py" line="49"/>
        <source>+ its training loss (L2 counted per mini-batch)</source>
        <translation>+ MLPClassifier의 훈련 손실 (L2를 미니 배치마다 계산)</translation>
    </message>
    <message>
        <location filename="../gui/difference_dialog.py" line="50"/>
        <source>+ its stopping rule ({0} epochs without a {1:g} gain)</source>
        <translation>+ MLPClassifier의 종료 규칙 ({0} 에포크 동안 {1:g} 이상 개선 없음)</translation>
    </message>
    <message>
        <location filename="../gui/difference_dialog.py" line="53"/>
        <source>MLPClassifier itself</source>
        <translation>MLPClassifier 자체</translation>
    </message>
</context>
<context>
    <name>FigureTitle</name>
    <message>
        <location filename="../gui/figure_title.py" line="30"/>
        <source>batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <location filename="../gui/figure_title.py" line="31"/>
        <source>learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../gui/figure_title.py" line="34"/>
        <source>hidden units</source>
        <translation>은닉 유닛</translation>
    </message>
    <message>
        <location filename="../gui/figure_title.py" line="35"/>
        <source>epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../gui/figure_title.py" line="36"/>
        <source>seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../gui/figure_title.py" line="37"/>
        <source>initialisation</source>
        <translation>초기화</translation>
    </message>
    <message>
        <location filename="../gui/figure_title.py" line="38"/>
        <source>momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <location filename="../gui/figure_title.py" line="45"/>
        <source>full</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../gui/figure_title.py" line="48"/>
        <source>random</source>
        <translation>무작위</translation>
    </message>
    <message>
        <location filename="../gui/figure_title.py" line="49"/>
        <source>all ones</source>
        <translation>모두 1</translation>
    </message>
    <message>
        <location filename="../gui/figure_title.py" line="50"/>
        <source>Glorot (scikit-learn)</source>
        <translation>Glorot (scikit-learn 방식)</translation>
    </message>
    <message>
        <location filename="../gui/figure_title.py" line="54"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../gui/figure_title.py" line="56"/>
        <source>on</source>
        <translation>켬</translation>
    </message>
    <message>
        <location filename="../gui/figure_title.py" line="56"/>
        <source>off</source>
        <translation>끔</translation>
    </message>
    <message>
        <location filename="../gui/figure_title.py" line="66"/>
        <source>{0} hidden units</source>
        <translation>은닉 유닛 {0}개</translation>
    </message>
    <message>
        <location filename="../gui/figure_title.py" line="67"/>
        <source>{0} epochs</source>
        <translation>에포크 {0}번</translation>
    </message>
    <message>
        <location filename="../gui/figure_title.py" line="77"/>
        <source>Learning curves</source>
        <translation>학습 곡선</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../gui/file_actions.py" line="74"/>
        <location filename="../gui/file_actions.py" line="89"/>
        <source>Export PNG</source>
        <translation>PNG로 내보내기</translation>
    </message>
    <message>
        <location filename="../gui/file_actions.py" line="69"/>
        <source>{0}x: {1} × {2} pixels</source>
        <translation>{0}배: {1} × {2} 픽셀</translation>
    </message>
    <message>
        <location filename="../gui/file_actions.py" line="75"/>
        <source>Size of the picture (2x is sharp on a slide):</source>
        <translation>그림 크기 (2배면 슬라이드에서 선명합니다):</translation>
    </message>
    <message>
        <location filename="../gui/file_actions.py" line="102"/>
        <source>Export SVG</source>
        <translation>SVG로 내보내기</translation>
    </message>
    <message>
        <location filename="../gui/file_actions.py" line="113"/>
        <location filename="../gui/file_actions.py" line="117"/>
        <source>Export CSV</source>
        <translation>CSV로 내보내기</translation>
    </message>
    <message>
        <location filename="../gui/file_actions.py" line="113"/>
        <location filename="../gui/file_actions.py" line="129"/>
        <source>Nothing to export yet: train a run.</source>
        <translation>아직 내보낼 곡선이 없습니다. 먼저 훈련을 실행하세요.</translation>
    </message>
    <message>
        <location filename="../gui/file_actions.py" line="124"/>
        <source>Export mini-batch losses as CSV</source>
        <translation>미니 배치 손실을 CSV로 내보내기</translation>
    </message>
    <message>
        <location filename="../gui/file_actions.py" line="135"/>
        <source>This run keeps no mini-batch losses (runs opened from older files have none): train it again to export them.</source>
        <translation>이 실행에는 미니 배치 손실이 저장되어 있지 않습니다 (예전 파일에서 연 실행에는 없습니다). 다시 훈련한 뒤 내보내세요.</translation>
    </message>
    <message>
        <location filename="../gui/file_actions.py" line="149"/>
        <source>Export all runs as CSV</source>
        <translation>모든 실행을 CSV로 내보내기</translation>
    </message>
    <message>
        <location filename="../gui/file_actions.py" line="155"/>
        <source>Save experiment</source>
        <translation>실험 저장</translation>
    </message>
    <message>
        <location filename="../gui/file_actions.py" line="157"/>
        <source>Experiment (*.json)</source>
        <translation>실험 (*.json)</translation>
    </message>
    <message>
        <location filename="../gui/file_actions.py" line="168"/>
        <source>Open experiment</source>
        <translation>실험 열기</translation>
    </message>
    <message>
        <location filename="../gui/file_actions.py" line="171"/>
        <source>Experiment (*.json);;All files (*)</source>
        <translation>실험 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../gui/file_actions.py" line="175"/>
        <source>The runs in the history will be replaced. Continue?</source>
        <translation>기록에 있는 실행이 모두 바뀝니다. 계속할까요?</translation>
    </message>
    <message>
        <location filename="../gui/file_actions.py" line="181"/>
        <source>Cannot open the experiment</source>
        <translation>실험을 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../gui/file_actions.py" line="207"/>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <location filename="../gui/file_actions.py" line="207"/>
        <source>Could not write {0}: {1}</source>
        <translation>{0} 파일을 쓸 수 없습니다: {1}</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../gui/history_model.py" line="91"/>
        <source>Show this run&apos;s curves in the plot</source>
        <translation>이 실행의 곡선을 그래프에 표시합니다</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="93"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="94"/>
        <source>Double-click a name to rename the run</source>
        <translation>이름을 더블클릭하면 실행 이름을 바꿀 수 있습니다</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="97"/>
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="98"/>
        <source>Epochs run, or where and why the run ended</source>
        <translation>실행한 에포크 수, 또는 실행이 언제 왜 끝났는지</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="101"/>
        <source>Train loss</source>
        <translation>훈련 손실</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="102"/>
        <source>Training loss after the last epoch</source>
        <translation>마지막 에포크의 훈련 손실</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="105"/>
        <source>Val loss</source>
        <translation>검증 손실</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="106"/>
        <source>Validation loss after the last epoch</source>
        <translation>마지막 에포크의 검증 손실</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="109"/>
        <source>Val acc</source>
        <translation>검증 정확도</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="110"/>
        <source>Validation accuracy after the last epoch</source>
        <translation>마지막 에포크의 검증 정확도</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="113"/>
        <source>Updates</source>
        <translation>업데이트</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="114"/>
        <source>Weight updates: epochs times batches per epoch</source>
        <translation>가중치 업데이트 횟수: 에포크 수 × 에포크당 배치 수</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="117"/>
        <source>Time (s)</source>
        <translation>시간(초)</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="118"/>
        <source>Seconds spent training</source>
        <translation>훈련에 걸린 시간(초)</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="121"/>
        <source>Dataset</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="122"/>
        <source>The data the run learned from</source>
        <translation>이 실행이 학습한 데이터</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="124"/>
        <source>Units</source>
        <translation>유닛</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="124"/>
        <source>Hidden units</source>
        <translation>은닉 유닛 수</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="125"/>
        <source>Batch</source>
        <translation>배치</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="125"/>
        <source>Mini-batch size</source>
        <translation>미니 배치 크기</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="126"/>
        <source>LR</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="126"/>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="127"/>
        <source>L1</source>
        <translation>L1</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="127"/>
        <source>L1 penalty</source>
        <translation>L1 규제</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="128"/>
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="128"/>
        <source>L2 penalty</source>
        <translation>L2 규제</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="130"/>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="131"/>
        <source>Seed of the initial weights and the batch order</source>
        <translation>초기 가중치와 배치 순서의 시드</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="56"/>
        <source>full</source>
        <translation>전체</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../gui/history_panel.py" line="132"/>
        <source>Use these settings</source>
        <translation>이 설정 사용</translation>
    </message>
    <message>
        <location filename="../gui/history_panel.py" line="134"/>
        <source>Put the selected run&apos;s data and settings back into the panel</source>
        <translation>선택한 실행의 데이터와 설정을 패널에 다시 넣습니다</translation>
    </message>
    <message>
        <location filename="../gui/history_panel.py" line="136"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../gui/history_panel.py" line="137"/>
        <source>Delete the selected runs (Del)</source>
        <translation>선택한 실행을 삭제합니다 (Del)</translation>
    </message>
    <message>
        <location filename="../gui/history_panel.py" line="138"/>
        <location filename="../gui/history_panel.py" line="254"/>
        <source>Clear all</source>
        <translation>모두 지우기</translation>
    </message>
    <message>
        <location filename="../gui/history_panel.py" line="140"/>
        <source>Remove every run, the comparison and the hints; a run in progress stops</source>
        <translation>모든 실행, 비교 결과, 안내를 지웁니다. 진행 중인 훈련은 멈춥니다</translation>
    </message>
    <message>
        <location filename="../gui/history_panel.py" line="142"/>
        <source>Show all</source>
        <translation>모두 표시</translation>
    </message>
    <message>
        <location filename="../gui/history_panel.py" line="143"/>
        <source>Hide all</source>
        <translation>모두 숨기기</translation>
    </message>
    <message>
        <location filename="../gui/history_panel.py" line="145"/>
        <source>Right-click for more columns: dataset, units, batch size, learning rate …</source>
        <translation>오른쪽 클릭으로 열을 더 볼 수 있습니다: 데이터셋, 유닛, 배치 크기, 학습률 …</translation>
    </message>
    <message>
        <location filename="../gui/history_panel.py" line="254"/>
        <source>Remove every run from the history?</source>
        <translation>기록에서 모든 실행을 지울까요?</translation>
    </message>
</context>
<context>
    <name>InsightActions</name>
    <message>
        <location filename="../gui/insight_actions.py" line="34"/>
        <source>Cannot start</source>
        <translation>시작할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/main_window.py" line="246"/>
        <source>Minibatch Lab — mini-batch gradient descent</source>
        <translation>Minibatch Lab — 미니 배치 경사 하강법</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="14"/>
        <source>▶ Start</source>
        <translation>▶ 시작</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="15"/>
        <source>Train the network with these settings (Ctrl+Enter).</source>
        <translation>현재 설정으로 신경망을 훈련합니다 (Ctrl+Enter).</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="18"/>
        <source>Resume</source>
        <translation>계속</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="18"/>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="22"/>
        <source>■ Stop</source>
        <translation>■ 중지</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="346"/>
        <location filename="../gui/window_texts.py" line="29"/>
        <source>Reset</source>
        <translation>리셋</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="19"/>
        <source>Pause or resume the run within one mini-batch (Ctrl+P).</source>
        <translation>미니 배치 하나 안에 훈련을 일시 정지하거나 다시 이어 갑니다 (Ctrl+P).</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="23"/>
        <source>Stop within one mini-batch; the curves stay, up to the last whole epoch (Esc).</source>
        <translation>미니 배치 하나 안에 멈춥니다. 마지막으로 끝난 에포크까지의 곡선은 그대로 남습니다 (Esc).</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="30"/>
        <source>Clear the curves, the run history and the results (Ctrl+R).</source>
        <translation>곡선, 실행 기록, 결과를 모두 지웁니다 (Ctrl+R).</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="33"/>
        <source>Batch-size sweep…</source>
        <translation>배치 크기 실험…</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="34"/>
        <source>Train these settings once per batch size (1, 8, 32, 128, full) and overlay the curves: the book&apos;s experiment (Ctrl+B).</source>
        <translation>현재 설정으로 배치 크기(1, 8, 32, 128, 전체)마다 한 번씩 훈련하고 곡선을 겹쳐 그립니다. 책의 실험입니다 (Ctrl+B).</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="40"/>
        <source>Restore the book&apos;s settings</source>
        <translation>책의 설정으로 되돌리기</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="42"/>
        <source>Open CSV…</source>
        <translation>CSV 열기…</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="43"/>
        <source>Train on your own CSV file: preview it and choose how to read it.</source>
        <translation>내 CSV 파일로 훈련합니다. 미리 보고 읽는 방법을 고르세요.</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="48"/>
        <source>Export PNG…</source>
        <translation>PNG로 내보내기…</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="49"/>
        <source>Save the plot as a figure for slides: a title with the dataset and the settings, thick lines, at 1x, 2x or 3x the size (Ctrl+E).</source>
        <translation>그래프를 슬라이드용 그림으로 저장합니다. 데이터셋과 설정이 적힌 제목, 굵은 선, 1배·2배·3배 크기 중에서 고릅니다 (Ctrl+E).</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="57"/>
        <source>Save the plot as the same figure in vector form, sharp at any size.</source>
        <translation>같은 그림을 벡터 형식으로 저장합니다. 어떤 크기로 키워도 선명합니다.</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="89"/>
        <source>The code of this run and of the matching MLPClassifier (Ctrl+Alt+C).</source>
        <translation>이번 실행과 이에 대응하는 MLPClassifier의 코드입니다 (Ctrl+Alt+C).</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="95"/>
        <source>Copy plot</source>
        <translation>그래프 복사</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="96"/>
        <source>Put the plot on the clipboard as a figure, to paste into a slide or a chat (Ctrl+Shift+C).</source>
        <translation>그래프를 그림으로 클립보드에 복사합니다. 슬라이드나 채팅에 붙여 넣을 수 있습니다 (Ctrl+Shift+C).</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="103"/>
        <source>Export mini-batch losses as CSV…</source>
        <translation>미니 배치 손실을 CSV로 내보내기…</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="104"/>
        <source>Save the latest run&apos;s loss of every mini-batch (epoch, batch, batch size, loss) at full precision, to redo the noise plot yourself.</source>
        <translation>마지막 실행의 미니 배치별 손실(에포크, 배치, 배치 크기, 손실)을 모든 자릿수 그대로 저장합니다. 노이즈 그래프를 직접 다시 그려 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="117"/>
        <source>Step</source>
        <translation>한 단계</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="118"/>
        <source>Make exactly one mini-batch update and show it: its rows, its loss before and after, its gradient. From a fresh start or from Pause (F10).</source>
        <translation>미니 배치 하나로 가중치를 정확히 한 번 업데이트하고 그 내용을 보여 줍니다: 사용한 행, 전후의 손실, 그레이디언트. 처음부터 또는 일시 정지 상태에서 할 수 있습니다 (F10).</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="56"/>
        <source>Export SVG…</source>
        <translation>SVG로 내보내기…</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="63"/>
        <source>Export CSV…</source>
        <translation>CSV로 내보내기…</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="64"/>
        <source>Save the latest run&apos;s curves, one row per epoch (Ctrl+Shift+E).</source>
        <translation>마지막 실행의 곡선을 에포크마다 한 행씩 저장합니다 (Ctrl+Shift+E).</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="69"/>
        <source>Export all runs as CSV…</source>
        <translation>모든 실행을 CSV로 내보내기…</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="70"/>
        <source>Save the curves of every run in the history in one table.</source>
        <translation>실행 기록에 있는 모든 실행의 곡선을 표 하나로 저장합니다.</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="73"/>
        <source>Save experiment…</source>
        <translation>실험 저장…</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="74"/>
        <source>Save every run in the history, settings and curves, to a file (Ctrl+S).</source>
        <translation>실행 기록의 모든 실행을 설정과 곡선까지 파일에 저장합니다 (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="80"/>
        <source>Open experiment…</source>
        <translation>실험 열기…</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="81"/>
        <source>Open a saved experiment: its runs replace the history, and the panel gets the settings of its last run (Ctrl+O).</source>
        <translation>저장한 실험을 엽니다. 실행 기록이 파일의 실행으로 바뀌고, 패널에는 마지막 실행의 설정이 들어갑니다 (Ctrl+O).</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="88"/>
        <source>Copy as Python</source>
        <translation>Python 코드로 복사</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="110"/>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="270"/>
        <location filename="../gui/window_texts.py" line="112"/>
        <source>Explain</source>
        <translation>설명</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="113"/>
        <source>Epochs, mini-batches, L1/L2 … (F1)</source>
        <translation>에포크, 미니 배치, L1/L2 … (F1)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="83"/>
        <location filename="../gui/window_texts.py" line="115"/>
        <source>About Minibatch Lab</source>
        <translation>Minibatch Lab 정보</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="253"/>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="256"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="257"/>
        <source>&amp;Data</source>
        <translation>데이터(&amp;D)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="258"/>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="259"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="260"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="261"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="266"/>
        <source>Boundary</source>
        <translation>결정 경계</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="267"/>
        <source>Decision boundary</source>
        <translation>결정 경계</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="268"/>
        <source>Weights</source>
        <translation>가중치</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="269"/>
        <source>Mini-batch</source>
        <translation>미니 배치</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="271"/>
        <source> Speed: </source>
        <translation> 속도: </translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="272"/>
        <source>Full speed</source>
        <translation>최고 속도</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="272"/>
        <source>Slow</source>
        <translation>느리게</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="272"/>
        <source>Slower</source>
        <translation>더 느리게</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="272"/>
        <source>Slowest</source>
        <translation>가장 느리게</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="277"/>
        <source>Slow the run down so a class can watch the curves form; the numbers do not change.</source>
        <translation>수업에서 곡선이 그려지는 모습을 지켜볼 수 있도록 훈련을 천천히 진행합니다. 결과 값은 달라지지 않습니다.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="305"/>
        <source>Cannot start</source>
        <translation>시작할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="321"/>
        <location filename="../gui/main_window.py" line="336"/>
        <source>Batch-size sweep</source>
        <translation>배치 크기 실험</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="322"/>
        <source>Batch sizes to train, separated by commas (&apos;full&apos; = all rows):</source>
        <translation>훈련할 배치 크기를 쉼표로 구분해 입력하세요 (&apos;full&apos; 또는 &apos;전체&apos; = 전체 배치):</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="346"/>
        <source>Clear all runs in the history?</source>
        <translation>실행 기록을 모두 지울까요?</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="373"/>
        <source>The run failed</source>
        <translation>실행 실패</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="378"/>
        <source>Cannot copy as Python</source>
        <translation>Python 코드로 복사할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="84"/>
        <source>Minibatch Lab trains the two-layer network of “Do it! 딥러닝 입문”, section 6-3, with mini-batch gradient descent, and shows the loss curves as they grow.</source>
        <translation>Minibatch Lab은 “Do it! 딥러닝 입문” 6-3절의 2개의 층을 가진 신경망을 미니 배치 경사 하강법으로 훈련하고, 손실 곡선이 그려지는 과정을 보여 줍니다.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../gui/messages.py" line="26"/>
        <source>Epoch {0}/{1} · {2} weight updates · {3:.2f} s · loss {4:.4f}</source>
        <translation>에포크 {0}/{1} · 가중치 업데이트 {2}회 · {3:.2f}초 · 손실 {4:.4f}</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="38"/>
        <source>Sweep: run {0} of {1}</source>
        <translation>배치 크기 실험: {1}개 중 {0}번째</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="43"/>
        <source>Training…</source>
        <translation>훈련 중…</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="47"/>
        <source>Paused in the first epoch. Press Resume to go on.</source>
        <translation>첫 에포크 도중에 일시 정지했습니다. 계속을 누르면 이어서 훈련합니다.</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="48"/>
        <source>Paused after epoch {0}. Press Resume to go on.</source>
        <translation>에포크 {0}에서 일시 정지했습니다. 계속을 누르면 이어서 훈련합니다.</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="52"/>
        <source>Step: epoch {0}, batch {1} of {2} ({3}) · batch loss {4:.4f} → {5:.4f}. Step again (F10) or Resume.</source>
        <translation>한 단계: 에포크 {0}, 배치 {2}개 중 {1}번째 ({3}) · 배치 손실 {4:.4f} → {5:.4f}. 한 단계 더(F10) 또는 다시 시작을 누르세요.</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="67"/>
        <source>Ready. Press Start to train.</source>
        <translation>준비되었습니다. 시작을 누르면 훈련합니다.</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="68"/>
        <source>Stopped before the first epoch ended: there is nothing to keep.</source>
        <translation>첫 에포크가 끝나기 전에 멈췄습니다. 남길 결과가 없습니다.</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="71"/>
        <source>The run failed.</source>
        <translation>실행에 실패했습니다.</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="76"/>
        <source>Saved {0}</source>
        <translation>저장했습니다: {0}</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="78"/>
        <source>Opened {0}: {1} runs.</source>
        <translation>{0} 파일을 열었습니다: 실행 {1}개.</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="80"/>
        <source>The plot is on the clipboard ({0} × {1} pixels): paste it into a slide.</source>
        <translation>그래프를 클립보드에 복사했습니다 ({0} × {1} 픽셀). 슬라이드에 붙여 넣으세요.</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="84"/>
        <source>The CSV file of the last session is gone ({0}): the book&apos;s data is used.</source>
        <translation>지난 세션의 CSV 파일이 없습니다({0}). 책의 데이터를 씁니다.</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="88"/>
        <source>The CSV file of the last session was not loaded ({0}): the book&apos;s data is used. Open it with Data → Open CSV… to see why.</source>
        <translation>지난 세션의 CSV 파일을 불러오지 못했습니다({0}). 책의 데이터를 씁니다. 이유를 보려면 데이터 → CSV 열기…로 다시 여세요.</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="99"/>
        <source>Finished: {0}</source>
        <translation>완료: {0}</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="101"/>
        <source>Stopped: {0}</source>
        <translation>중지됨: {0}</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="103"/>
        <source>Stopped at epoch {0}: numbers overflowed.</source>
        <translation>에포크 {0}에서 멈춤: 계산 값이 넘쳤습니다(오버플로).</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="107"/>
        <source>It replaces the earlier run with the same settings ({0}).</source>
        <translation>같은 설정의 이전 실행({0})을 대신합니다.</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="111"/>
        <source>The earlier run with the same settings ({0}) went further and stays.</source>
        <translation>같은 설정의 이전 실행({0})이 더 많이 진행했으므로 그 실행을 남깁니다.</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="127"/>
        <source>1 row</source>
        <translation>1행</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="128"/>
        <source>{0} rows</source>
        <translation>{0}행</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="136"/>
        <source>stopped at epoch {0}</source>
        <translation>에포크 {0}에서 중지</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="138"/>
        <source>diverged at epoch {0}</source>
        <translation>에포크 {0}에서 발산</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="141"/>
        <source>paused at batch {0}/{1} of epoch {2}</source>
        <translation>에포크 {2}, 배치 {0}/{1}에서 일시 정지</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="145"/>
        <source>paused at epoch {0}</source>
        <translation>에포크 {0}에서 일시 정지</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="147"/>
        <source>running: epoch {0}</source>
        <translation>훈련 중: 에포크 {0}</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="148"/>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="154"/>
        <source>MLPClassifier loss, previous settings</source>
        <translation>MLPClassifier 손실, 이전 설정</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="155"/>
        <source>MLPClassifier loss (L2 added per batch)</source>
        <translation>MLPClassifier 손실 (배치마다 L2 항 추가)</translation>
    </message>
</context>
<context>
    <name>ParamsPanel</name>
    <message>
        <location filename="../gui/params_panel.py" line="157"/>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location filename="../gui/params_panel.py" line="161"/>
        <source>Which data the network learns from: the book&apos;s breast-cancer split, a 2-D toy problem, or your own CSV file.</source>
        <translation>신경망이 학습할 데이터를 고릅니다. 책과 같이 나눈 유방암 데이터, 2차원 연습용 문제, 직접 준비한 CSV 파일 중에서 고를 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../gui/data_choice.py" line="127"/>
        <source>Breast cancer (book)</source>
        <translation>유방암 (책)</translation>
    </message>
    <message>
        <location filename="../gui/data_choice.py" line="128"/>
        <source>569 tumours with 30 measurements each, split as in the book into 364 training and 91 validation rows.</source>
        <translation>종양 샘플 569개(특성 30개)를 책과 같이 훈련 세트 364개와 검증 세트 91개로 나눕니다.</translation>
    </message>
    <message>
        <location filename="../gui/data_choice.py" line="135"/>
        <source>Moons</source>
        <translation>반달 (moons)</translation>
    </message>
    <message>
        <location filename="../gui/data_choice.py" line="136"/>
        <source>Two interleaving half circles: no straight line separates them, a hidden layer can.</source>
        <translation>서로 맞물린 반원 두 개입니다. 직선으로는 나눌 수 없지만 은닉층이 있으면 나눌 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../gui/data_choice.py" line="143"/>
        <source>Circles</source>
        <translation>동심원 (circles)</translation>
    </message>
    <message>
        <location filename="../gui/data_choice.py" line="144"/>
        <source>One ring inside another: the network has to learn a round boundary.</source>
        <translation>고리 안에 또 다른 고리가 있습니다. 신경망이 둥근 경계를 학습해야 합니다.</translation>
    </message>
    <message>
        <location filename="../gui/data_choice.py" line="149"/>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <location filename="../gui/data_choice.py" line="150"/>
        <source>Opposite corners share a class: the classic problem a single neuron cannot solve.</source>
        <translation>마주 보는 모서리끼리 같은 클래스입니다. 뉴런 하나로는 풀 수 없는 고전적인 문제입니다.</translation>
    </message>
    <message>
        <location filename="../gui/data_choice.py" line="156"/>
        <source>Blobs</source>
        <translation>군집 (blobs)</translation>
    </message>
    <message>
        <location filename="../gui/data_choice.py" line="157"/>
        <source>Two round clouds of points that a straight line separates: the easy baseline.</source>
        <translation>직선 하나로 나눌 수 있는 둥근 점 무리 두 개입니다. 비교 기준이 되는 쉬운 문제입니다.</translation>
    </message>
    <message>
        <location filename="../gui/data_choice.py" line="163"/>
        <source>Open CSV…</source>
        <translation>CSV 열기…</translation>
    </message>
    <message>
        <location filename="../gui/data_choice.py" line="164"/>
        <source>Load your own CSV file: numeric feature columns and a label column with two values.</source>
        <translation>직접 준비한 CSV 파일을 불러옵니다. 숫자로 된 특성 열과 값이 두 가지인 레이블 열이 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../gui/params_panel.py" line="173"/>
        <source>Samples</source>
        <translation>샘플 수</translation>
    </message>
    <message>
        <location filename="../gui/params_panel.py" line="175"/>
        <source>How many points to generate; more points make each epoch slower but the shape clearer.</source>
        <translation>만들 샘플의 개수입니다. 많을수록 에포크마다 시간이 더 걸리지만 모양은 더 뚜렷해집니다.</translation>
    </message>
    <message>
        <location filename="../gui/params_panel.py" line="181"/>
        <source>Noise</source>
        <translation>노이즈</translation>
    </message>
    <message>
        <location filename="../gui/params_panel.py" line="183"/>
        <source>How much random jitter is added to every point; more noise makes the classes overlap.</source>
        <translation>각 샘플에 더하는 무작위 흔들림의 크기입니다. 노이즈가 클수록 클래스가 서로 겹칩니다.</translation>
    </message>
    <message>
        <location filename="../gui/params_panel.py" line="187"/>
        <source>Import options…</source>
        <translation>가져오기 옵션…</translation>
    </message>
    <message>
        <location filename="../gui/params_panel.py" line="190"/>
        <source>Open the import dialog again for this file: the label column, the columns to ignore, the classes, the delimiter and more.</source>
        <translation>이 파일의 가져오기 대화 상자를 다시 엽니다: 레이블 열, 무시할 열, 클래스, 구분자 등.</translation>
    </message>
    <message>
        <location filename="../gui/csv_source.py" line="41"/>
        <source>CSV files (*.csv *.tsv *.txt *.data);;All files (*)</source>
        <translation>CSV 파일 (*.csv *.tsv *.txt *.data);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../gui/params_panel.py" line="196"/>
        <source>Validation share</source>
        <translation>검증 비율</translation>
    </message>
    <message>
        <location filename="../gui/params_panel.py" line="198"/>
        <source>The fraction of rows held back to measure the validation loss; the network never trains on them.</source>
        <translation>검증 손실을 재려고 따로 떼어 두는 샘플의 비율입니다. 신경망은 이 샘플로 훈련하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../gui/data_choice.py" line="178"/>
        <source>{name}: {rows} rows, {features} features; label &apos;{label}&apos;: &apos;{zero}&apos; → 0, &apos;{one}&apos; → 1; {train} training / {val} validation rows.</source>
        <translation>{name}: 샘플 {rows}개, 특성 {features}개, 레이블 &apos;{label}&apos;(&apos;{zero}&apos; → 0, &apos;{one}&apos; → 1), 훈련 {train}개 / 검증 {val}개.</translation>
    </message>
    <message>
        <location filename="../gui/data_choice.py" line="193"/>
        <source>569 rows, 30 features, split as in the book: {train} training / {val} validation rows (the 114 test rows are not used).</source>
        <translation>샘플 569개, 특성 30개, 책과 같이 분할: 훈련 {train}개 / 검증 {val}개 (테스트 샘플 114개는 사용하지 않음).</translation>
    </message>
    <message>
        <location filename="../gui/data_choice.py" line="198"/>
        <source>{rows} rows, {features} features: {train} training / {val} validation rows.</source>
        <translation>샘플 {rows}개, 특성 {features}개: 훈련 {train}개 / 검증 {val}개.</translation>
    </message>
    <message>
        <location filename="../gui/params_panel.py" line="243"/>
        <location filename="../gui/params_panel.py" line="308"/>
        <source>Cannot load the data</source>
        <translation>데이터를 불러올 수 없습니다</translation>
    </message>
    <message>
        <location filename="../gui/params_panel.py" line="244"/>
        <source>The window makes its 2-D data with data seed 0; this run used {0}.</source>
        <translation>창에서는 2차원 데이터를 데이터 시드 0으로 만듭니다. 이 실행은 {0}을(를) 썼습니다.</translation>
    </message>
    <message>
        <location filename="../gui/csv_source.py" line="39"/>
        <source>Open a CSV file</source>
        <translation>CSV 파일 열기</translation>
    </message>
</context>
<context>
    <name>PlotClip</name>
    <message>
        <location filename="../gui/plot_clip.py" line="62"/>
        <source>{0} (validation)</source>
        <translation>{0} (검증)</translation>
    </message>
    <message>
        <location filename="../gui/plot_clip.py" line="91"/>
        <source>▲ {name} diverged: loss up to {top}</source>
        <translation>▲ {name} 발산: 손실이 최대 {top}까지 올라감</translation>
    </message>
    <message>
        <location filename="../gui/plot_clip.py" line="93"/>
        <source>▲ {name}: loss up to {top}, above the plot</source>
        <translation>▲ {name}: 손실이 최대 {top}, 그래프 위로 벗어남</translation>
    </message>
    <message>
        <location filename="../gui/plot_clip.py" line="96"/>
        <source>… and {0} more curves cut off at the top</source>
        <translation>… 그 밖에 곡선 {0}개가 위쪽에서 잘림</translation>
    </message>
</context>
<context>
    <name>PlotHover</name>
    <message>
        <location filename="../gui/plot_readout.py" line="40"/>
        <source>epoch {epoch} · {updates} updates · {samples} samples · {s} s</source>
        <translation>에포크 {epoch} · 업데이트 {updates}회 · 샘플 {samples}개 · {s}초</translation>
    </message>
    <message>
        <location filename="../gui/plot_readout.py" line="48"/>
        <source>training accuracy {0}</source>
        <translation>훈련 정확도 {0}</translation>
    </message>
    <message>
        <location filename="../gui/plot_readout.py" line="51"/>
        <source>validation accuracy {0}</source>
        <translation>검증 정확도 {0}</translation>
    </message>
    <message>
        <location filename="../gui/plot_readout.py" line="53"/>
        <source>training loss {0}</source>
        <translation>훈련 손실 {0}</translation>
    </message>
    <message>
        <location filename="../gui/plot_readout.py" line="54"/>
        <source>validation loss {0}</source>
        <translation>검증 손실 {0}</translation>
    </message>
    <message>
        <location filename="../gui/plot_readout.py" line="68"/>
        <source>epoch {0}</source>
        <translation>에포크 {0}</translation>
    </message>
    <message>
        <location filename="../gui/plot_readout.py" line="69"/>
        <source>loss {0}</source>
        <translation>손실 {0}</translation>
    </message>
</context>
<context>
    <name>PlotOptions</name>
    <message>
        <location filename="../gui/plot_options.py" line="86"/>
        <source>Log y</source>
        <translation>로그 y</translation>
    </message>
    <message>
        <location filename="../gui/plot_options.py" line="89"/>
        <source>Logarithmic loss axis: late in a run the loss changes by thousandths, which a linear axis that also holds the first epoch&apos;s loss cannot show.</source>
        <translation>손실 축을 로그 눈금으로 그립니다. 훈련 후반에는 손실이 천분의 일 단위로 변하는데, 첫 에포크의 손실까지 담는 선형 축에서는 이 변화가 보이지 않습니다.</translation>
    </message>
    <message>
        <location filename="../gui/plot_options.py" line="93"/>
        <source>Log x</source>
        <translation>로그 x</translation>
    </message>
    <message>
        <location filename="../gui/plot_options.py" line="96"/>
        <source>Logarithmic x axis: runs of very different lengths (batch 1 makes 364 times the updates of the full batch) share the axis without squeezing the short ones into its first few percent. Remembered for each x axis.</source>
        <translation>x축을 로그 눈금으로 그립니다. 길이가 크게 다른 실행(배치 크기 1은 전체 배치보다 업데이트가 364배 많습니다)을 한 축에 그려도 짧은 실행이 축의 맨 앞 몇 퍼센트에 몰리지 않습니다. x축마다 따로 기억합니다.</translation>
    </message>
    <message>
        <location filename="../gui/plot_options.py" line="101"/>
        <source>X axis:</source>
        <translation>X축:</translation>
    </message>
    <message>
        <location filename="../gui/plot_options.py" line="103"/>
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../gui/plot_options.py" line="104"/>
        <source>Weight updates</source>
        <translation>가중치 업데이트</translation>
    </message>
    <message>
        <location filename="../gui/plot_options.py" line="105"/>
        <source>Samples seen</source>
        <translation>처리한 샘플</translation>
    </message>
    <message>
        <location filename="../gui/plot_options.py" line="106"/>
        <source>Seconds</source>
        <translation>시간(초)</translation>
    </message>
    <message>
        <location filename="../gui/plot_options.py" line="112"/>
        <source>What the curves are drawn against. With different batch sizes, runs that look equal per epoch differ per weight update, and the other way round.</source>
        <translation>곡선의 가로축입니다. 배치 크기가 다르면 에포크 기준으로는 비슷해 보이는 실행도 가중치 업데이트 기준으로는 다르고, 그 반대도 마찬가지입니다.</translation>
    </message>
    <message>
        <location filename="../gui/plot_options.py" line="116"/>
        <source>Mini-batch noise</source>
        <translation>미니 배치 노이즈</translation>
    </message>
    <message>
        <location filename="../gui/plot_options.py" line="117"/>
        <source>Show the loss of every mini-batch, not only epochs</source>
        <translation>에포크마다가 아니라 미니 배치마다 손실을 표시합니다</translation>
    </message>
    <message>
        <location filename="../gui/plot_options.py" line="118"/>
        <source>Show scikit-learn curve</source>
        <translation>scikit-learn 곡선 표시</translation>
    </message>
    <message>
        <location filename="../gui/plot_options.py" line="120"/>
        <source>scikit-learn&apos;s MLPClassifier on the same data; drawn against epochs only</source>
        <translation>같은 데이터로 훈련한 scikit-learn의 MLPClassifier입니다. X축이 에포크일 때만 그려집니다</translation>
    </message>
    <message>
        <location filename="../gui/plot_options.py" line="122"/>
        <source>Zoom ⓘ</source>
        <translation>확대 ⓘ</translation>
    </message>
    <message>
        <location filename="../gui/plot_options.py" line="127"/>
        <source>Runs differ {0}× in length: &lt;a href=&apos;log-x&apos;&gt;use a log x axis&lt;/a&gt;</source>
        <translation>실행 길이가 {0}배 차이 납니다: &lt;a href=&apos;log-x&apos;&gt;x축을 로그 눈금으로&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../gui/plot_options.py" line="159"/>
        <source>Zoom with the mouse wheel (over an axis: that axis only). Drag to move the view. Right-drag to stretch it. Click the small &quot;A&quot; in the lower-left corner, or press A, to show every curve again. Rest the mouse near a curve to read its values.</source>
        <translation>마우스 휠로 확대·축소합니다 (축 위에서 돌리면 그 축만). 끌면 화면이 움직이고, 오른쪽 버튼으로 끌면 늘이거나 줄입니다. 왼쪽 아래의 작은 &quot;A&quot;를 누르거나 A 키를 누르면 모든 곡선이 다시 보입니다. 곡선 가까이에 마우스를 올리면 값을 읽을 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>PlotPanel</name>
    <message>
        <location filename="../gui/plot_panel.py" line="148"/>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../gui/plot_panel.py" line="149"/>
        <source>Accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../gui/plot_panel.py" line="151"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../gui/plot_panel.py" line="152"/>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../gui/plot_panel.py" line="158"/>
        <source>Show all curves (A)</source>
        <translation>모든 곡선 보기 (A)</translation>
    </message>
    <message>
        <location filename="../gui/plot_options.py" line="170"/>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../gui/plot_options.py" line="171"/>
        <source>weight updates</source>
        <translation>가중치 업데이트 횟수</translation>
    </message>
    <message>
        <location filename="../gui/plot_options.py" line="172"/>
        <source>samples seen</source>
        <translation>처리한 샘플 수</translation>
    </message>
    <message>
        <location filename="../gui/plot_options.py" line="173"/>
        <source>seconds</source>
        <translation>시간(초)</translation>
    </message>
    <message>
        <location filename="../gui/plot_legend.py" line="61"/>
        <source>{label} train</source>
        <translation>{label} 훈련</translation>
    </message>
    <message>
        <location filename="../gui/plot_legend.py" line="65"/>
        <source>{label} val</source>
        <translation>{label} 검증</translation>
    </message>
    <message>
        <location filename="../gui/plot_legend.py" line="78"/>
        <source>… and {0} more runs</source>
        <translation>… 외 {0}개 실행</translation>
    </message>
    <message>
        <location filename="../gui/plot_panel.py" line="366"/>
        <source>mini-batch losses</source>
        <translation>미니 배치 손실</translation>
    </message>
    <message>
        <location filename="../gui/plot_legend.py" line="87"/>
        <source>solid: training</source>
        <translation>실선: 훈련</translation>
    </message>
    <message>
        <location filename="../gui/plot_legend.py" line="88"/>
        <source>dashed: validation</source>
        <translation>파선: 검증</translation>
    </message>
</context>
<context>
    <name>RecipeGroup</name>
    <message>
        <location filename="../gui/recipe_group.py" line="210"/>
        <source>Recipe</source>
        <translation>훈련 방식</translation>
    </message>
    <message>
        <location filename="../gui/recipe_group.py" line="212"/>
        <source>The book&apos;s</source>
        <translation>책의 방식</translation>
    </message>
    <message>
        <location filename="../gui/recipe_group.py" line="213"/>
        <location filename="../gui/recipe_group.py" line="229"/>
        <location filename="../gui/recipe_group.py" line="278"/>
        <source>scikit-learn&apos;s</source>
        <translation>scikit-learn 방식</translation>
    </message>
    <message>
        <location filename="../gui/recipe_group.py" line="214"/>
        <source>Custom</source>
        <translation>사용자 지정</translation>
    </message>
    <message>
        <location filename="../gui/recipe_group.py" line="220"/>
        <source>How training goes beyond the network itself. The book&apos;s: plain mini-batch gradient descent for every epoch. scikit-learn&apos;s: MLPClassifier&apos;s start, shuffling, Nesterov momentum 0.9 and stopping rule, which reproduce its numbers exactly. Custom: any mix of the pieces.</source>
        <translation>신경망 구조 밖에서 훈련이 어떻게 이루어지는지 정합니다. 책의 방식: 모든 에포크를 실행하는 기본 미니 배치 경사 하강법. scikit-learn 방식: MLPClassifier의 초기화, 섞기, 네스테로프 모멘텀 0.9, 종료 규칙으로, MLPClassifier의 결과를 그대로 재현합니다. 사용자 지정: 요소를 자유롭게 섞은 것.</translation>
    </message>
    <message>
        <location filename="../gui/recipe_group.py" line="226"/>
        <source>Pieces</source>
        <translation>요소</translation>
    </message>
    <message>
        <location filename="../gui/recipe_group.py" line="227"/>
        <source>Show or hide the recipe&apos;s pieces.</source>
        <translation>훈련 방식의 요소를 보이거나 숨깁니다.</translation>
    </message>
    <message>
        <location filename="../gui/recipe_group.py" line="228"/>
        <location filename="../gui/recipe_group.py" line="277"/>
        <source>the book&apos;s</source>
        <translation>책의 방식</translation>
    </message>
    <message>
        <location filename="../gui/recipe_group.py" line="233"/>
        <source>Shuffling</source>
        <translation>섞기</translation>
    </message>
    <message>
        <location filename="../gui/recipe_group.py" line="235"/>
        <source>The order of the rows in each epoch: the book draws a fresh permutation per epoch (none at full batch); scikit-learn reshuffles the last epoch&apos;s order, with its own generator.</source>
        <translation>에포크마다 샘플의 순서입니다. 책은 에포크마다 새로운 순열을 뽑고(전체 배치에서는 섞지 않음), scikit-learn은 자체 난수 생성기로 이전 에포크의 순서를 다시 섞습니다.</translation>
    </message>
    <message>
        <location filename="../gui/recipe_group.py" line="243"/>
        <source>Momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <location filename="../gui/recipe_group.py" line="245"/>
        <source>Each step keeps this share of the previous step and adds the new gradient: 0 is plain gradient descent (the book), MLPClassifier uses 0.9.</source>
        <translation>업데이트마다 이전 이동량의 이 비율을 유지하고 새 그레이디언트를 더합니다. 0은 기본 경사 하강법(책)이고, MLPClassifier는 0.9를 사용합니다.</translation>
    </message>
    <message>
        <location filename="../gui/recipe_group.py" line="249"/>
        <source>Nesterov</source>
        <translation>네스테로프</translation>
    </message>
    <message>
        <location filename="../gui/recipe_group.py" line="255"/>
        <source>Nesterov&apos;s momentum looks one step ahead before it steps; MLPClassifier&apos;s default. Only with momentum above 0.</source>
        <translation>네스테로프 모멘텀은 이동하기 전에 한 걸음 앞을 내다봅니다. MLPClassifier의 기본값이며, 모멘텀이 0보다 클 때만 의미가 있습니다.</translation>
    </message>
    <message>
        <location filename="../gui/recipe_group.py" line="259"/>
        <source>never</source>
        <translation>안 함</translation>
    </message>
    <message>
        <location filename="../gui/recipe_group.py" line="263"/>
        <source>Stop if no gain</source>
        <translation>개선 없으면 종료</translation>
    </message>
    <message>
        <location filename="../gui/recipe_group.py" line="265"/>
        <source>Stop once the training loss has not fallen by the tolerance for more than this many epochs in a row, as MLPClassifier does (10); never: every epoch runs, as in the book.</source>
        <translation>훈련 손실이 허용 오차만큼 줄지 않는 에포크가 이 횟수보다 많이 이어지면 멈춥니다. MLPClassifier는 10을 사용합니다. 안 함: 책처럼 모든 에포크를 실행합니다.</translation>
    </message>
    <message>
        <location filename="../gui/recipe_group.py" line="270"/>
        <source> epochs</source>
        <translation> 에포크</translation>
    </message>
    <message>
        <location filename="../gui/recipe_group.py" line="274"/>
        <source>Tolerance</source>
        <translation>허용 오차</translation>
    </message>
    <message>
        <location filename="../gui/recipe_group.py" line="275"/>
        <source>The least fall of the training loss that counts as a gain (tol, 1e-4).</source>
        <translation>개선으로 인정하는 훈련 손실의 최소 감소량입니다 (tol, 1e-4).</translation>
    </message>
    <message>
        <location filename="../gui/recipe_group.py" line="282"/>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../gui/recipe_group.py" line="284"/>
        <source>How the training loss is reported (and watched by the stopping rule): the book adds the L2 penalty once per epoch, MLPClassifier&apos;s loss_curve_ once per mini-batch. The training itself does not change.</source>
        <translation>훈련 손실을 어떻게 보고할지(종료 규칙도 이 값을 봅니다) 정합니다. 책은 L2 페널티를 에포크마다 한 번, MLPClassifier의 loss_curve_는 미니 배치마다 한 번 더합니다. 훈련 자체는 바뀌지 않습니다.</translation>
    </message>
    <message>
        <location filename="../gui/recipe_group.py" line="296"/>
        <source>Plain mini-batch gradient descent, every epoch.</source>
        <translation>기본 미니 배치 경사 하강법, 모든 에포크 실행.</translation>
    </message>
    <message>
        <location filename="../gui/recipe_group.py" line="299"/>
        <source>Glorot start</source>
        <translation>글로럿 초기화</translation>
    </message>
    <message>
        <location filename="../gui/recipe_group.py" line="301"/>
        <source>its shuffling</source>
        <translation>scikit-learn의 섞기</translation>
    </message>
    <message>
        <location filename="../gui/recipe_group.py" line="304"/>
        <source>Nesterov momentum {0:g}</source>
        <translation>네스테로프 모멘텀 {0:g}</translation>
    </message>
    <message>
        <location filename="../gui/recipe_group.py" line="304"/>
        <source>momentum {0:g}</source>
        <translation>모멘텀 {0:g}</translation>
    </message>
    <message>
        <location filename="../gui/recipe_group.py" line="309"/>
        <source>stops after {0} epochs without a {1:g} gain</source>
        <translation>{0} 에포크 동안 {1:g} 이상 개선이 없으면 종료</translation>
    </message>
    <message>
        <location filename="../gui/recipe_group.py" line="314"/>
        <source>its loss</source>
        <translation>scikit-learn의 손실</translation>
    </message>
</context>
<context>
    <name>RunNames</name>
    <message>
        <location filename="../gui/run_names.py" line="52"/>
        <source>breast cancer</source>
        <translation>유방암</translation>
    </message>
    <message>
        <location filename="../gui/run_names.py" line="53"/>
        <source>moons</source>
        <translation>반달</translation>
    </message>
    <message>
        <location filename="../gui/run_names.py" line="54"/>
        <source>circles</source>
        <translation>동심원</translation>
    </message>
    <message>
        <location filename="../gui/run_names.py" line="55"/>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <location filename="../gui/run_names.py" line="56"/>
        <source>blobs</source>
        <translation>군집</translation>
    </message>
    <message>
        <location filename="../gui/run_names.py" line="63"/>
        <source>{0} points</source>
        <translation>샘플 {0}개</translation>
    </message>
    <message>
        <location filename="../gui/run_names.py" line="65"/>
        <source>noise {0}</source>
        <translation>노이즈 {0}</translation>
    </message>
    <message>
        <location filename="../gui/run_names.py" line="67"/>
        <source>data seed {0}</source>
        <translation>데이터 시드 {0}</translation>
    </message>
    <message>
        <location filename="../gui/run_names.py" line="76"/>
        <source>full</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../gui/run_names.py" line="79"/>
        <source>batch {0}</source>
        <translation>배치 {0}</translation>
    </message>
    <message>
        <location filename="../gui/run_names.py" line="80"/>
        <source>lr {0}</source>
        <translation>학습률 {0}</translation>
    </message>
    <message>
        <location filename="../gui/run_names.py" line="83"/>
        <source>{0} units</source>
        <translation>유닛 {0}개</translation>
    </message>
    <message>
        <location filename="../gui/run_names.py" line="85"/>
        <source>all ones</source>
        <translation>모두 1</translation>
    </message>
    <message>
        <location filename="../gui/run_names.py" line="86"/>
        <source>Glorot init</source>
        <translation>글로럿 초기화</translation>
    </message>
    <message>
        <location filename="../gui/run_names.py" line="87"/>
        <source>random init</source>
        <translation>무작위 초기화</translation>
    </message>
    <message>
        <location filename="../gui/run_names.py" line="89"/>
        <source>{0} epochs</source>
        <translation>{0} 에포크</translation>
    </message>
    <message>
        <location filename="../gui/run_names.py" line="90"/>
        <source>seed {0}</source>
        <translation>시드 {0}</translation>
    </message>
    <message>
        <location filename="../gui/run_names.py" line="99"/>
        <source>book&apos;s recipe</source>
        <translation>책의 방식</translation>
    </message>
    <message>
        <location filename="../gui/run_names.py" line="101"/>
        <source>scikit-learn recipe</source>
        <translation>scikit-learn 방식</translation>
    </message>
    <message>
        <location filename="../gui/run_names.py" line="104"/>
        <source>its shuffling</source>
        <translation>sklearn 섞기</translation>
    </message>
    <message>
        <location filename="../gui/run_names.py" line="107"/>
        <source>momentum {0}</source>
        <translation>모멘텀 {0}</translation>
    </message>
    <message>
        <location filename="../gui/run_names.py" line="109"/>
        <source>plain momentum {0}</source>
        <translation>일반 모멘텀 {0}</translation>
    </message>
    <message>
        <location filename="../gui/run_names.py" line="113"/>
        <source>stop after {0}</source>
        <translation>{0}회 개선 없으면 종료</translation>
    </message>
    <message>
        <location filename="../gui/run_names.py" line="115"/>
        <source>its loss</source>
        <translation>sklearn 손실</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <location filename="../gui/step_panel.py" line="95"/>
        <source>Last step</source>
        <translation>마지막 단계</translation>
    </message>
    <message>
        <location filename="../gui/step_panel.py" line="96"/>
        <source>Rows</source>
        <translation>행</translation>
    </message>
    <message>
        <location filename="../gui/step_panel.py" line="97"/>
        <source>Batch loss</source>
        <translation>배치 손실</translation>
    </message>
    <message>
        <location filename="../gui/step_panel.py" line="98"/>
        <source>Gradient norm</source>
        <translation>그레이디언트 크기</translation>
    </message>
    <message>
        <location filename="../gui/step_panel.py" line="99"/>
        <source>Cosine</source>
        <translation>코사인</translation>
    </message>
    <message>
        <location filename="../gui/step_panel.py" line="105"/>
        <source>The cosine between this mini-batch&apos;s gradient and the full-batch gradient at the same weights: 1 = it points exactly where all training rows do.</source>
        <translation>같은 가중치에서 이 미니 배치의 그레이디언트와 전체 배치 그레이디언트 사이의 코사인입니다. 1이면 모든 훈련 행이 가리키는 방향과 정확히 같습니다.</translation>
    </message>
    <message>
        <location filename="../gui/step_panel.py" line="110"/>
        <source>This batch&apos;s loss (with the penalty), before and after the update.</source>
        <translation>이 배치의 손실(페널티 포함), 업데이트 전과 후.</translation>
    </message>
    <message>
        <location filename="../gui/step_panel.py" line="112"/>
        <source>Cosine per update</source>
        <translation>업데이트별 코사인</translation>
    </message>
    <message>
        <location filename="../gui/step_panel.py" line="115"/>
        <source>For every recorded update: the cosine between its mini-batch&apos;s gradient and the full-batch gradient at the same weights. 1: the batch points where all rows do; 0: sideways; below 0: uphill for the whole data. Batch size 1 scatters, the full batch is always 1: that is the noise of small batches.</source>
        <translation>기록된 업데이트마다, 같은 가중치에서 그 미니 배치의 그레이디언트와 전체 배치 그레이디언트 사이의 코사인입니다. 1: 모든 행이 가리키는 방향, 0: 옆 방향, 0 미만: 전체 데이터로 보면 오르막. 배치 크기 1은 흩어지고 전체 배치는 늘 1입니다. 이것이 작은 배치의 잡음입니다.</translation>
    </message>
    <message>
        <location filename="../gui/step_panel.py" line="121"/>
        <source>During runs</source>
        <translation>훈련 중에도</translation>
    </message>
    <message>
        <location filename="../gui/step_panel.py" line="124"/>
        <source>Each recorded update costs one full-batch gradient, so whole epochs are recorded only while that takes at most a twentieth of the training time. On by default for small data such as the book&apos;s; Step always shows its cosine.</source>
        <translation>업데이트 하나를 기록할 때마다 전체 배치 그레이디언트를 한 번 계산하므로, 그 시간이 훈련 시간의 1/20을 넘지 않는 동안에만 에포크 전체를 기록합니다. 책의 데이터처럼 작은 데이터에서는 기본으로 켜집니다. 한 단계 실행은 언제나 코사인을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../gui/step_panel.py" line="160"/>
        <source>Press Step (F10) to make one mini-batch update and see it here: its rows, its loss before and after, its gradient, and how well that gradient points where all the training rows do. Step works from a fresh start and from Pause.</source>
        <translation>&apos;한 단계&apos;(F10)를 누르면 미니 배치 하나로 한 번 업데이트하고 여기에 보여 줍니다: 사용한 행, 전후의 손실, 그레이디언트, 그리고 그 그레이디언트가 모든 훈련 행이 가리키는 방향과 얼마나 같은지. 처음부터 또는 일시 정지 상태에서 할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../gui/step_panel.py" line="167"/>
        <source>epoch {0}, batch {1} of {2}</source>
        <translation>에포크 {0}, 배치 {2}개 중 {1}번째</translation>
    </message>
    <message>
        <location filename="../gui/step_panel.py" line="176"/>
        <source>Training rows, numbered from 0 as in NumPy: {0}</source>
        <translation>훈련 행 번호(NumPy처럼 0부터): {0}</translation>
    </message>
    <message>
        <location filename="../gui/step_panel.py" line="190"/>
        <source>no direction (zero gradient)</source>
        <translation>방향 없음 (그레이디언트 0)</translation>
    </message>
    <message>
        <location filename="../gui/step_panel.py" line="192"/>
        <source>close to all rows</source>
        <translation>모든 행과 거의 같은 방향</translation>
    </message>
    <message>
        <location filename="../gui/step_panel.py" line="194"/>
        <source>roughly with all rows</source>
        <translation>모든 행과 대체로 같은 방향</translation>
    </message>
    <message>
        <location filename="../gui/step_panel.py" line="196"/>
        <source>mostly sideways</source>
        <translation>대부분 옆 방향</translation>
    </message>
    <message>
        <location filename="../gui/step_panel.py" line="197"/>
        <source>uphill for all rows</source>
        <translation>전체로 보면 오르막</translation>
    </message>
</context>
<context>
    <name>SuggestionBar</name>
    <message>
        <location filename="../gui/suggestion_bar.py" line="109"/>
        <source>Use suggested settings</source>
        <translation>제안 설정 사용</translation>
    </message>
    <message>
        <location filename="../gui/suggestion_bar.py" line="111"/>
        <source>Put these settings into the form; the seed stays, the recipe is the book&apos;s.</source>
        <translation>이 설정을 입력합니다. 시드는 그대로 두고 훈련 방식은 책의 방식이 됩니다.</translation>
    </message>
    <message>
        <location filename="../gui/suggestion_bar.py" line="113"/>
        <source>Hide the suggestion for this dataset.</source>
        <translation>이 데이터셋에 대한 제안을 숨깁니다.</translation>
    </message>
    <message>
        <location filename="../gui/suggestion_bar.py" line="122"/>
        <source>moons</source>
        <translation>반달</translation>
    </message>
    <message>
        <location filename="../gui/suggestion_bar.py" line="123"/>
        <source>circles</source>
        <translation>동심원</translation>
    </message>
    <message>
        <location filename="../gui/suggestion_bar.py" line="124"/>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <location filename="../gui/suggestion_bar.py" line="125"/>
        <source>blobs</source>
        <translation>군집</translation>
    </message>
    <message>
        <location filename="../gui/suggestion_bar.py" line="129"/>
        <source>learning rate {0}</source>
        <translation>학습률 {0}</translation>
    </message>
    <message>
        <location filename="../gui/suggestion_bar.py" line="131"/>
        <source>{0} epochs</source>
        <translation>{0} 에포크</translation>
    </message>
    <message>
        <location filename="../gui/suggestion_bar.py" line="134"/>
        <source>{0} hidden units</source>
        <translation>은닉 유닛 {0}개</translation>
    </message>
    <message>
        <location filename="../gui/suggestion_bar.py" line="136"/>
        <source>batch {0}</source>
        <translation>배치 {0}</translation>
    </message>
    <message>
        <location filename="../gui/suggestion_bar.py" line="140"/>
        <source>the book&apos;s recipe</source>
        <translation>책의 방식</translation>
    </message>
    <message>
        <location filename="../gui/suggestion_bar.py" line="142"/>
        <source>Suggested for {0}: {1}.</source>
        <translation>{0} 데이터 제안: {1}.</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <location filename="../gui/suggestion_bar.py" line="26"/>
        <source>With the book&apos;s L2 0.01 and learning rate 0.1 the boundary stays almost straight. Learning rate 1 and a ten times smaller penalty let it bend around the moons.</source>
        <translation>책의 L2 0.01과 학습률 0.1로는 결정 경계가 거의 직선으로 남습니다. 학습률을 1로, 규제를 10분의 1로 하면 경계가 반달을 따라 휘어집니다.</translation>
    </message>
    <message>
        <location filename="../gui/suggestion_bar.py" line="31"/>
        <source>No straight line separates two circles: the boundary must close around the inner one. No penalty and longer training make it rounder.</source>
        <translation>두 원은 직선으로 나눌 수 없습니다. 결정 경계가 안쪽 원을 둘러싸야 합니다. 규제 없이 더 오래 훈련하면 경계가 더 둥글어집니다.</translation>
    </message>
    <message>
        <location filename="../gui/suggestion_bar.py" line="36"/>
        <source>XOR&apos;s classes sit in opposite corners: no straight line separates them, which is why the book adds a hidden layer. No penalty and longer training sharpen the boundary&apos;s corners.</source>
        <translation>XOR의 클래스는 서로 마주 보는 모서리에 있어 직선으로 나눌 수 없습니다. 책이 은닉층을 추가하는 이유입니다. 규제 없이 더 오래 훈련하면 경계의 모서리가 더 뚜렷해집니다.</translation>
    </message>
    <message>
        <location filename="../gui/suggestion_bar.py" line="42"/>
        <source>A straight line separates two blobs, so the boundary should stay straight: these settings only reach it in fewer epochs.</source>
        <translation>두 군집은 직선으로 나뉘므로 결정 경계는 직선이 맞습니다. 이 설정은 그 경계에 더 적은 에포크로 도달할 뿐입니다.</translation>
    </message>
</context>
<context>
    <name>Sweep</name>
    <message>
        <location filename="../gui/dialogs.py" line="29"/>
        <source>&apos;{0}&apos; is not a batch size: use whole numbers from 1 to {1}, or &apos;full&apos;, separated by commas.</source>
        <translation>&apos;{0}&apos;은(는) 배치 크기가 아닙니다. 1부터 {1}까지의 정수나 &apos;full&apos;(또는 &apos;전체&apos;)을 쉼표로 구분해 입력하세요.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="34"/>
        <source>Give at least one batch size, e.g. 1, 32, full.</source>
        <translation>배치 크기를 하나 이상 입력하세요. 예: 1, 32, 전체</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="37"/>
        <source>At most {0} batch sizes in one sweep.</source>
        <translation>한 번의 실험에 넣을 수 있는 배치 크기는 최대 {0}개입니다.</translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <location filename="../gui/training_form.py" line="143"/>
        <source>Network</source>
        <translation>신경망</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="144"/>
        <source>Training</source>
        <translation>훈련</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="147"/>
        <source>Hidden units</source>
        <translation>은닉 유닛 수</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="149"/>
        <source>How many neurons the hidden layer has; more units can draw more complex boundaries, and overfit more easily.</source>
        <translation>은닉층의 뉴런 개수입니다. 유닛이 많을수록 더 복잡한 경계를 그릴 수 있지만 과대적합되기도 쉽습니다.</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="153"/>
        <source>Random (normal)</source>
        <translation>무작위 (정규 분포)</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="169"/>
        <source>Initialisation</source>
        <translation>초기화</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="154"/>
        <source>All ones (symmetry)</source>
        <translation>모두 1 (대칭 문제)</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="155"/>
        <source>Glorot (scikit-learn)</source>
        <translation>글로럿 (scikit-learn)</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="171"/>
        <source>How the weights start: random values let the hidden units differ, all ones make every hidden unit learn exactly the same thing; Glorot uniform is MLPClassifier&apos;s start, drawn as it draws it from the seed.</source>
        <translation>가중치의 초깃값입니다. 무작위 값이면 은닉 유닛이 서로 달라지고, 모두 1이면 모든 은닉 유닛이 똑같은 것을 학습합니다. 글로럿 균등 분포는 MLPClassifier의 초기화로, MLPClassifier와 같은 방식으로 시드에서 뽑습니다.</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="178"/>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="180"/>
        <source>How many training rows are used for each weight update: 1 = stochastic gradient descent, full = batch gradient descent.</source>
        <translation>가중치를 한 번 업데이트할 때 사용하는 훈련 샘플 수입니다. 1이면 확률적 경사 하강법, 전체이면 배치 경사 하강법입니다.</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="184"/>
        <location filename="../gui/training_form.py" line="187"/>
        <source>full</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="189"/>
        <source>Use every training row in each update (batch gradient descent).</source>
        <translation>업데이트할 때마다 훈련 샘플을 모두 사용합니다 (배치 경사 하강법).</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="193"/>
        <source>Set the batch size to {size}.</source>
        <translation>배치 크기를 샘플 {size}개로 정합니다.</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="196"/>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="198"/>
        <source>How far each update moves the weights against the gradient: too large and the loss jumps, too small and learning crawls; the arrows step 1-2-5, the book uses 0.1.</source>
        <translation>한 번 업데이트할 때 가중치를 그레이디언트 반대 방향으로 얼마나 움직일지 정합니다. 너무 크면 손실이 출렁이고, 너무 작으면 학습이 아주 느립니다. 화살표는 1-2-5 단계로 값을 바꾸며, 책에서는 0.1을 사용합니다.</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="205"/>
        <source>L1</source>
        <translation>L1</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="207"/>
        <source>Penalty l1·Σ|W| added to the loss; pushes unhelpful weights to exactly zero, 0 turns it off.</source>
        <translation>손실에 l1·Σ|W|를 더합니다. 도움이 되지 않는 가중치를 정확히 0으로 만들며, 0이면 사용하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="213"/>
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="215"/>
        <source>Penalty l2·ΣW²/2 added to the loss; keeps weights small and reduces overfitting. The book uses 0.01.</source>
        <translation>손실에 l2·ΣW²/2를 더합니다. 가중치를 작게 유지해 과대적합을 줄입니다. 책에서는 0.01을 사용합니다.</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="221"/>
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="223"/>
        <source>How many passes over all training rows; each pass makes the number of weight updates shown above.</source>
        <translation>훈련 세트 전체를 몇 번 반복할지 정합니다. 한 번 반복할 때마다 위에 표시된 횟수만큼 가중치를 업데이트합니다.</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="229"/>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="231"/>
        <source>Starts the random numbers for the initial weights and the batch order, so the same seed repeats the same run.</source>
        <translation>가중치 초기값과 배치 순서를 정하는 난수의 시작점입니다. 시드가 같으면 같은 실행이 그대로 반복됩니다.</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="308"/>
        <source>= 1 weight update per epoch (full batch)</source>
        <translation>= 에포크당 가중치 업데이트 1회 (전체 배치)</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="310"/>
        <source>= 1 weight update per epoch (batch ≥ {rows} training rows)</source>
        <translation>= 에포크당 가중치 업데이트 1회 (배치 ≥ 훈련 샘플 {rows}개)</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="314"/>
        <source>= {updates} weight updates per epoch</source>
        <translation>= 에포크당 가중치 업데이트 {updates}회</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="318"/>
        <source>{rows} training rows ÷ batch size, rounded up: the last batch of each epoch may be smaller.</source>
        <translation>훈련 샘플 {rows}개를 배치 크기로 나누어 올림한 값입니다. 에포크마다 마지막 배치는 더 작을 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>TrainingHints</name>
    <message>
        <location filename="../engine/error_catalog.py" line="178"/>
        <source>Training stopped at epoch {epoch}: the loss or the weights became infinite or NaN. The learning rate is far too high; try one 10 or 100 times smaller.</source>
        <translation>에포크 {epoch}에서 훈련을 멈췄습니다. 손실이나 가중치가 무한대나 NaN이 되었습니다. 학습률이 너무 큽니다. 10배나 100배 작은 값으로 해 보세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="183"/>
        <source>The training loss climbs and jumps instead of falling: the learning rate is probably too high. Try a smaller one (for example 10 times smaller).</source>
        <translation>훈련 손실이 줄지 않고 올라가며 크게 출렁입니다. 학습률이 너무 큰 것 같습니다. 더 작은 값(예를 들어 10배 작은 값)으로 해 보세요.</translation>
    </message>
</context>
<context>
    <name>WeightsView</name>
    <message>
        <location filename="../gui/weights_view.py" line="227"/>
        <source>One column per hidden unit: W1, its weights from the input features; W2, its weight to the output; and its outputs on the validation rows.</source>
        <translation>은닉 유닛 하나가 한 열입니다: W1은 입력 특성에서 오는 가중치, W2는 출력으로 가는 가중치, 그 아래는 검증 행에서의 출력입니다.</translation>
    </message>
    <message>
        <location filename="../gui/weights_view.py" line="233"/>
        <source>outputs</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../gui/weights_view.py" line="234"/>
        <source>hidden unit</source>
        <translation>은닉 유닛</translation>
    </message>
    <message>
        <location filename="../gui/weights_view.py" line="235"/>
        <source>Point at a square to read its number below.</source>
        <translation>칸 위에 마우스를 올리면 아래에 값이 나옵니다.</translation>
    </message>
    <message>
        <location filename="../gui/weights_view.py" line="237"/>
        <source>Start or Step a run to see its weights and what its hidden units output.</source>
        <translation>훈련을 시작하거나 한 단계 실행하면 가중치와 은닉 유닛의 출력이 보입니다.</translation>
    </message>
    <message>
        <location filename="../gui/weights_view.py" line="255"/>
        <source>All {0} hidden units are the same unit: each column is identical, because they started equal (all ones) and every update changes them equally.</source>
        <translation>은닉 유닛 {0}개가 모두 같은 유닛입니다. 모두 같은 값(모두 1)에서 시작해 업데이트마다 똑같이 바뀌므로 열이 모두 똑같습니다.</translation>
    </message>
    <message>
        <location filename="../gui/weights_view.py" line="269"/>
        <source>Weights: blue &lt; 0 &lt; red, up to ±{0:.3g} in W1 and ±{1:.3g} in W2. Outputs: white 0 to dark 1; class 0 above the orange line, class 1 below.</source>
        <translation>가중치: 파랑 &lt; 0 &lt; 빨강, W1은 최대 ±{0:.3g}, W2는 최대 ±{1:.3g}. 출력: 흰색 0에서 진한 색 1까지. 주황색 선 위는 클래스 0, 아래는 클래스 1.</translation>
    </message>
    <message>
        <location filename="../gui/weights_view.py" line="293"/>
        <source>W1 from “{0}” to unit {1}: {2:.4g}</source>
        <translation>“{0}”에서 유닛 {1}로 가는 W1: {2:.4g}</translation>
    </message>
    <message>
        <location filename="../gui/weights_view.py" line="295"/>
        <source>W2 from unit {0} to the output: {1:.4g}</source>
        <translation>유닛 {0}에서 출력으로 가는 W2: {1:.4g}</translation>
    </message>
    <message>
        <location filename="../gui/weights_view.py" line="297"/>
        <source>Unit {0} on row {1} (class {2:g}): {3:.3f}</source>
        <translation>행 {1}(클래스 {2:g})에서 유닛 {0}의 출력: {3:.3f}</translation>
    </message>
</context>
</TS>
