object CcMain {
  def main(argv: Array[String]): Unit = {
    CcJudge.userFile = "solution.scala"
    CcJudge.main(argv(0), new CcJudge.Test {
      def run(args: java.util.List[Object]): String = {
{{decodes}}
        {{answer}}
      }
    })
  }
}
