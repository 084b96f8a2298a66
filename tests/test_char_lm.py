"""The news language model of line breaks (clipper.text.newspaper.char_lm): a sentence that runs
on across a break scores high, a line of another column low, word cut or not."""

from __future__ import annotations

from clipper.text.newspaper.char_lm import continuation


def test_a_sentence_running_on_scores_above_a_line_of_another_column() -> None:
    left = "会议要求，要深学细悟习近平总"
    assert continuation(left, "书记近期重要讲话精神，吃透中央对") > 3.0
    assert continuation(left, "县中心大局，聚焦主责主业，发") < 0.0
    # no word is cut here, and the model still tells the rest of the sentence
    left = "推动政协工作提质增效。要广开渠道做好提案征"
    assert continuation(left, "集工作，广泛、多层、全面征求社会") > continuation(left, "委员们先后到县污水处理厂生态湿地")


def test_short_or_empty_sides_give_no_evidence() -> None:
    assert continuation("", "书记") == 0.0 and continuation("总", "书记") == 0.0 and continuation("习近平总", "书") == 0.0
    # white space and full-width figures are read as the model was built (NFKC, no spaces)
    assert continuation("会议共收到提案 ２０", "２３件") == continuation("会议共收到提案20", "23件")


def test_the_extraction_rules_import_without_numpy() -> None:
    """The model's counts (and numpy) load with the first page that needs them: importing the
    extraction rules stays as light as before (`clipper extract` starts within twice `import
    trafilatura`)."""
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", "import clipper.extract, sys; print('numpy' in sys.modules)"],
                         capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_todays_model_knows_the_words_1998_lacked() -> None:
    """The reading order's model (``today``) counts today's news language too: a sentence running on
    into 习近平 / 主题教育 scores well there, where 1998's model has never seen the words."""
    left = "会议强调,要认真学习领会"
    assert continuation(left, "习近平总书记重要讲话精神", "today") > 2.0 > continuation(left, "习近平总书记重要讲话精神")
    assert continuation("扎实开展", "主题教育,加强", "today") > continuation("扎实开展", "主题教育,加强")
    assert continuation(left, "强)1月23日,东乡县", "today") < 0.0
